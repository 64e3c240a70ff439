//! The decision map (`#/graph`): the engine's own question graph (`graph::edges`) laid out in
//! layers, left to right, for one region. Pure: the shell only draws what this computes.
//!
//! Every question and every outcome heading the region reaches is a node; every option is an edge
//! from the option's row (its "port") in the question's box to the next question or outcome.
//! A node's layer is its longest distance from the start question; within a layer nodes are
//! ordered by the mean height of the ports that lead to them (barycenter sweeps), so edges mostly
//! run forwards and cross little.

use super::content::questions::QUESTIONS;
use super::facts::{Facts, V};
use super::graph::{self, facts_for, next_question, Walk};
use super::model::{Kind, QuestionDef};
use super::resolve;
use super::trainer::heading_by_id;

pub const NODE_W: i32 = 260;
pub const COL_GAP: i32 = 150;
pub const ROW_GAP: i32 = 22;
pub const MARGIN: i32 = 16;
pub const PAD: i32 = 8;
pub const LINE_H: i32 = 18;
pub const PORT_H: i32 = 20;
/// Characters per line of a node's title (14 px text in a 260 px box).
pub const TITLE_CHARS: usize = 30;
/// Characters of an option's label in its port row (13 px text).
pub const PORT_CHARS: usize = 34;
const TITLE_LINES: usize = 4;

/// What a node is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    Question,
    Outcome(Kind),
}

/// One option row of a question node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Port {
    pub value: V,
    /// The option's label, shortened to fit the row.
    pub label: String,
    /// The full label.
    pub full: &'static str,
    /// The row's centre, relative to the node's top.
    pub dy: i32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// The question id, or `outcome:<heading id>` (as `graph::edges` names them).
    pub id: String,
    pub kind: NodeKind,
    /// The title in lines (question legend or outcome heading), wrapped to fit.
    pub lines: Vec<String>,
    /// The full title.
    pub title: &'static str,
    pub ports: Vec<Port>,
    pub layer: usize,
    pub x: i32,
    pub y: i32,
    pub h: i32,
    /// A situation that opens this node in the guide (the first path that reaches it).
    pub facts: Facts,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub value: V,
    /// The index of the port of `from` the edge leaves from.
    pub port: usize,
    /// The SVG path (a cubic curve from the port to the target's left side).
    pub d: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Map {
    pub region: V,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub width: i32,
    pub height: i32,
}

/// Wrap text into lines of at most `width` characters; more than `max` lines end in "…".
pub fn wrap(text: &str, width: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    if lines.len() > max {
        lines.truncate(max);
        let last = lines.last_mut().expect("max >= 1");
        *last = shorten(&format!("{last} …"), width);
        if !last.ends_with('…') {
            last.push('…');
        }
    }
    lines
}

/// Cut text to at most `width` characters, ending in "…" when cut.
pub fn shorten(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
    s = s.trim_end().to_string();
    s.push('…');
    s
}

fn question(id: &str) -> Option<&'static QuestionDef> {
    QUESTIONS.iter().find(|q| q.id == id)
}

fn make_node(id: &str, facts: Facts) -> Node {
    if let Some(hid) = id.strip_prefix("outcome:") {
        let (title, kind) = heading_by_id(hid).map(|h| (h.title.sv(), h.kind)).unwrap_or(("?", Kind::NotInSources));
        let lines = wrap(title, TITLE_CHARS, TITLE_LINES);
        // Kind label row, then the title.
        let h = PAD + LINE_H + lines.len() as i32 * LINE_H + PAD;
        return Node {
            id: id.to_string(),
            kind: NodeKind::Outcome(kind),
            lines,
            title,
            ports: Vec::new(),
            layer: 0,
            x: 0,
            y: 0,
            h,
            facts,
        };
    }
    let q = question(id);
    let title = q.map(|q| q.legend.sv()).unwrap_or("?");
    let lines = wrap(title, TITLE_CHARS, TITLE_LINES);
    let top = PAD + lines.len() as i32 * LINE_H + 4;
    let ports: Vec<Port> = q
        .map(|q| {
            q.all_options()
                .enumerate()
                .map(|(i, o)| Port {
                    value: o.value,
                    label: shorten(o.label.sv(), PORT_CHARS),
                    full: o.label.sv(),
                    dy: top + i as i32 * PORT_H + PORT_H / 2,
                })
                .collect()
        })
        .unwrap_or_default();
    let h = top + ports.len() as i32 * PORT_H + PAD;
    Node { id: id.to_string(), kind: NodeKind::Question, lines, title, ports, layer: 0, x: 0, y: 0, h, facts }
}

/// The first situation (in enumeration order) that reaches each node: the facts before its
/// question is answered, or the complete path for an outcome.
fn representatives(base: &Facts) -> Vec<(String, Facts)> {
    let mut out: Vec<(String, Facts)> = Vec::new();
    let note = |id: String, f: &Facts, out: &mut Vec<(String, Facts)>| {
        if !out.iter().any(|(i, _)| *i == id) {
            out.push((id, f.clone()));
        }
    };
    for path in graph::enumerate_from(base) {
        let mut facts = base.clone();
        for a in &path {
            if let Some(q) = next_question(&facts) {
                note(q.id.to_string(), &facts, &mut out);
            }
            graph::step(&mut facts, *a);
        }
        if let Some(h) = resolve::heading(&facts) {
            note(format!("outcome:{}", h.id), &facts, &mut out);
        }
    }
    out
}

/// Lay out the map of one region (the staff's questions).
pub fn layout(region: V) -> Map {
    layout_from(&Facts::new().with(region))
}

/// Lay out the map from `base`: a region, and the citizen audience for the citizen's way in.
pub fn layout_from(base: &Facts) -> Map {
    let region = base.region();
    let raw = graph::edges_from(base);
    let reps = representatives(base);
    let mut nodes: Vec<Node> = Vec::new();
    let index = |nodes: &mut Vec<Node>, id: &str| -> usize {
        if let Some(i) = nodes.iter().position(|n| n.id == id) {
            return i;
        }
        let facts = reps.iter().find(|(i, _)| i == id).map(|(_, f)| f.clone()).unwrap_or_default();
        nodes.push(make_node(id, facts));
        nodes.len() - 1
    };
    let mut edges: Vec<Edge> = Vec::new();
    for (from, value, to) in &raw {
        let f = index(&mut nodes, from);
        let t = index(&mut nodes, to);
        let port = nodes[f].ports.iter().position(|p| p.value == *value).unwrap_or(0);
        edges.push(Edge { from: f, to: t, value: *value, port, d: String::new() });
    }
    // Layers: the longest path from the start (the graph is acyclic: each answer sets a new key).
    for _ in 0..=nodes.len() {
        let mut changed = false;
        for e in &edges {
            if nodes[e.to].layer < nodes[e.from].layer + 1 {
                nodes[e.to].layer = nodes[e.from].layer + 1;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let layers = nodes.iter().map(|n| n.layer).max().unwrap_or(0) + 1;
    // Order within layers: first appearance, then barycenter sweeps over the ports' heights.
    let mut order: Vec<Vec<usize>> = vec![Vec::new(); layers];
    for (i, n) in nodes.iter().enumerate() {
        order[n.layer].push(i);
    }
    let place = |nodes: &mut Vec<Node>, order: &Vec<Vec<usize>>| {
        let heights: Vec<i32> =
            order.iter().map(|l| l.iter().map(|i| nodes[*i].h + ROW_GAP).sum::<i32>() - ROW_GAP).collect();
        let tallest = heights.iter().copied().max().unwrap_or(0);
        for (li, l) in order.iter().enumerate() {
            let mut y = MARGIN + (tallest - heights[li]) / 2;
            for i in l {
                nodes[*i].x = MARGIN + li as i32 * (NODE_W + COL_GAP);
                nodes[*i].y = y;
                y += nodes[*i].h + ROW_GAP;
            }
        }
    };
    place(&mut nodes, &order);
    for _ in 0..4 {
        for li in 1..layers {
            let mut keyed: Vec<(i64, usize, usize)> = order[li]
                .iter()
                .enumerate()
                .map(|(pos, i)| {
                    let ins: Vec<i64> = edges
                        .iter()
                        .filter(|e| e.to == *i)
                        .map(|e| (nodes[e.from].y + nodes[e.from].ports.get(e.port).map(|p| p.dy).unwrap_or(0)) as i64)
                        .collect();
                    let key = if ins.is_empty() { i64::MAX } else { ins.iter().sum::<i64>() / ins.len() as i64 };
                    (key, pos, *i)
                })
                .collect();
            keyed.sort();
            order[li] = keyed.into_iter().map(|(_, _, i)| i).collect();
            place(&mut nodes, &order);
        }
    }
    for e in &mut edges {
        let (a, b) = (&nodes[e.from], &nodes[e.to]);
        let x1 = a.x + NODE_W;
        let y1 = a.y + a.ports.get(e.port).map(|p| p.dy).unwrap_or(a.h / 2);
        let x2 = b.x;
        let y2 = b.y + b.h / 2;
        let dx = ((x2 - x1) / 2).max(40);
        e.d = format!("M{x1} {y1} C{} {y1} {} {y2} {x2} {y2}", x1 + dx, x2 - dx);
    }
    let width = MARGIN * 2 + layers as i32 * NODE_W + (layers as i32 - 1) * COL_GAP;
    let height = nodes.iter().map(|n| n.y + n.h).max().unwrap_or(0) + MARGIN;
    Map { region, nodes, edges, width, height }
}

/// The part of the map a situation's path lights: the edges taken and the nodes passed, with the
/// facts that open each lit question at its place on this path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lit {
    pub edges: Vec<usize>,
    pub nodes: Vec<(usize, Facts)>,
    /// The port chosen at each lit question node: (node, port).
    pub ports: Vec<(usize, usize)>,
}

impl Map {
    pub fn node(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }

    /// Light the path of a situation (its answers so far, and its open question or outcome).
    pub fn lit(&self, walk: &Walk) -> Lit {
        let mut lit = Lit::default();
        let mut facts = facts_for(self.region, &[]);
        for k in [super::facts::K::Lang, super::facts::K::Audience] {
            if let Some(v) = walk.path.get(k) {
                facts.set(v);
            }
        }
        let mut prev: Option<(usize, V)> = None;
        let mut steps: Vec<String> = walk.answered.iter().map(|(q, _)| q.id.to_string()).collect();
        match (walk.open, resolve::heading(&walk.path)) {
            (Some(q), _) => steps.push(q.id.to_string()),
            (None, Some(h)) => steps.push(format!("outcome:{}", h.id)),
            _ => {}
        }
        for (i, id) in steps.iter().enumerate() {
            let Some(n) = self.node(id) else { break };
            if let Some((p, v)) = prev {
                if let Some(e) = self.edges.iter().position(|e| e.from == p && e.to == n && e.value == v) {
                    lit.edges.push(e);
                }
            }
            lit.nodes.push((n, facts.clone()));
            if let Some((_, v)) = walk.answered.get(i) {
                if let Some(port) = self.nodes[n].ports.iter().position(|p| p.value == *v) {
                    lit.ports.push((n, port));
                }
                facts.set(*v);
                prev = Some((n, *v));
            }
        }
        lit
    }
}

/// The engine's own counts for a region: (nodes, edges) of `graph::edges`.
pub fn counts(region: V) -> (usize, usize) {
    counts_from(&Facts::new().with(region))
}

/// The engine's own counts from `base`: (nodes, edges) of `graph::edges_from`.
pub fn counts_from(base: &Facts) -> (usize, usize) {
    let edges = graph::edges_from(base);
    let mut ids: Vec<&str> = Vec::new();
    for (from, _, to) in &edges {
        for id in [*from, to.as_str()] {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    (ids.len(), edges.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_and_marks_cuts() {
        assert_eq!(wrap("a bb ccc", 4, 3), vec!["a bb", "ccc"]);
        let w = wrap("one two three four five six", 7, 2);
        assert_eq!(w.len(), 2);
        assert!(w[1].ends_with('…'));
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("abc", 4), "abc");
    }
}
