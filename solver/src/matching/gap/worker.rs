//! One depth-first run, on as many threads as the machine has cores: each worker keeps a
//! stack of its own and gives its shallowest node to the pool when another is idle; the
//! incumbent is shared, so every worker prunes with the best solution found by any.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use super::bound::{Bounder, Dual, Pace, below};
use super::node::Node;
use super::{Gap, NONE, heuristic, polish};

/// Subgradient steps at a node, and in each later round there (the multipliers are
/// close by then).
const NODE_ITERATIONS: usize = 15;
const ROUND_ITERATIONS: usize = 5;
/// Rounds of bound, fixing and propagation at one node before it branches.
const ROUNDS: usize = 5;
/// Nodes of one worker between two runs of the repair heuristic.
const HEURISTIC_EVERY: u64 = 50;

/// What the workers of a search share.
pub(super) struct Shared<'g> {
    pub gap: &'g Gap,
    workers: usize,
    /// The target of the current run: only solutions of at least this value are sought.
    floor: AtomicI64,
    /// Value of the incumbent, `i64::MIN` before there is one.
    best: AtomicI64,
    incumbent: Mutex<Option<(i64, Vec<u32>)>>,
    /// When set, better solutions are polished before they are kept (until then).
    polish: Mutex<Option<Instant>>,
    pub nodes: AtomicU64,
    stop: AtomicBool,
    /// No solution is worth more than this (proven so far): one that reaches it ends the
    /// run at once.
    ceiling: AtomicI64,
    /// The incumbent reached the ceiling.
    reached: AtomicBool,
    /// How many workers wait for a node (read without the lock to decide to share).
    hungry: AtomicU64,
    pool: Mutex<Pool>,
    wake: Condvar,
}

/// A node not yet built: its parent (shared by its siblings, so that a stack holds one
/// node per level, not one per child) and the pair that makes it.
struct Pending {
    parent: Arc<Node>,
    /// The pair assigned to the parent to make this node; `NONE`: the parent itself.
    pair: u32,
    estimate: f64,
}

impl Pending {
    fn build(self, gap: &Gap) -> Node {
        let mut node = Arc::unwrap_or_clone(self.parent);
        if self.pair != NONE {
            node.assign(gap, self.pair);
            node.depth += 1;
        }
        node.estimate = self.estimate;
        node
    }
}

/// Nodes given up for any worker to take, and how the run stands.
#[derive(Default)]
struct Pool {
    nodes: Vec<Pending>,
    idle: usize,
    done: bool,
    /// Best estimate among the nodes left open when the run stopped.
    open: f64,
}

/// How a run ended.
pub(super) enum Run {
    Exhausted,
    /// A deadline or the node budget stopped it; the best estimate left open.
    Stopped(f64),
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A worker panicking would end the scope with that panic; the data stays usable.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl<'g> Shared<'g> {
    pub fn new(gap: &'g Gap, workers: usize, floor: i64) -> Shared<'g> {
        Shared {
            gap,
            workers: workers.max(1),
            floor: AtomicI64::new(floor),
            best: AtomicI64::new(i64::MIN),
            incumbent: Mutex::new(None),
            polish: Mutex::new(None),
            nodes: AtomicU64::new(0),
            stop: AtomicBool::new(false),
            ceiling: AtomicI64::new(i64::MAX),
            reached: AtomicBool::new(false),
            hungry: AtomicU64::new(0),
            pool: Mutex::new(Pool::default()),
            wake: Condvar::new(),
        }
    }

    pub fn set_floor(&self, floor: i64) {
        self.floor.store(floor, Ordering::Relaxed);
    }

    /// The bound proven so far: a run ends as soon as a solution reaches it.
    pub fn set_ceiling(&self, ceiling: i64) {
        self.ceiling.store(ceiling, Ordering::Relaxed);
    }

    pub fn floor(&self) -> i64 {
        self.floor.load(Ordering::Relaxed)
    }

    /// The incumbent's value.
    pub fn best(&self) -> Option<i64> {
        let best = self.best.load(Ordering::Acquire);
        (best != i64::MIN).then_some(best)
    }

    /// Looks for solutions of value at least the floor, better than the incumbent.
    pub fn target(&self) -> i64 {
        match self.best() {
            Some(value) => self.floor().max(value + 1),
            None => self.floor(),
        }
    }

    pub fn offer(&self, value: i64, assignment: &[u32]) {
        if self.best().is_some_and(|b| value <= b) {
            return;
        }
        debug_assert!(assignment.iter().all(|&k| k != NONE));
        let (mut value, mut assignment) = (value, assignment.to_vec());
        // Read apart: the guard of an `if let` scrutinee would be held through the polish,
        // and every other worker offering a solution would wait on it.
        let polish_until = *lock(&self.polish);
        if let Some(until) = polish_until {
            // On this worker's thread while the others go on: a tenth of the time left.
            let now = Instant::now();
            let until = now + until.saturating_duration_since(now) / 10;
            polish::polish(self.gap, &mut assignment, &mut value, Some(until));
        }
        let mut incumbent = lock(&self.incumbent);
        if incumbent.as_ref().is_none_or(|(v, _)| value > *v) {
            self.best.store(value, Ordering::Release);
            *incumbent = Some((value, assignment));
            if value >= self.ceiling.load(Ordering::Relaxed) {
                // Optimal: nothing is left to search.
                self.reached.store(true, Ordering::Relaxed);
                self.wake.notify_all();
            }
        }
    }

    /// From now on, every better solution offered is polished (until `deadline`).
    pub fn polish_until(&self, deadline: Instant) {
        *lock(&self.polish) = Some(deadline);
    }

    /// Changes the incumbent in place (its value must not drop).
    pub fn with_incumbent(&self, change: impl FnOnce(&mut i64, &mut [u32])) {
        let mut incumbent = lock(&self.incumbent);
        if let Some((value, assignment)) = incumbent.as_mut() {
            change(value, assignment);
            self.best.store(*value, Ordering::Release);
        }
    }

    pub fn take_incumbent(&self) -> Option<(i64, Vec<u32>)> {
        lock(&self.incumbent).take()
    }

    /// One depth-first run from `root` until it is exhausted, the workers have expanded
    /// `budget` nodes, or its time is up: `until` while no solution reaches the floor,
    /// `once_found` once one does (the run is then a plain branch-and-bound from it, the best
    /// use of the time left).
    pub fn dive(
        &self,
        root: &Node,
        until: Option<Instant>,
        once_found: Option<Instant>,
        budget: u64,
    ) -> Run {
        {
            let mut pool = lock(&self.pool);
            *pool = Pool {
                nodes: vec![Pending {
                    parent: Arc::new(root.clone()),
                    pair: NONE,
                    estimate: root.estimate,
                }],
                open: f64::NEG_INFINITY,
                ..Pool::default()
            };
        }
        self.stop.store(false, Ordering::Relaxed);
        self.reached.store(
            self.best() >= Some(self.ceiling.load(Ordering::Relaxed)),
            Ordering::Relaxed,
        );
        let limit = self.nodes.load(Ordering::Relaxed).saturating_add(budget);
        if self.workers == 1 {
            Worker::new(self).run(until, once_found, limit);
        } else {
            std::thread::scope(|s| {
                for _ in 0..self.workers {
                    s.spawn(|| Worker::new(self).run(until, once_found, limit));
                }
            });
        }
        let pool = lock(&self.pool);
        if self.stop.load(Ordering::Relaxed) {
            let open = pool
                .nodes
                .iter()
                .map(|n| n.estimate)
                .fold(pool.open, f64::max);
            Run::Stopped(open)
        } else {
            Run::Exhausted
        }
    }

    /// A node from the pool; None when the run is over (every worker idle, or stopped).
    fn take(&self) -> Option<Pending> {
        let mut pool = lock(&self.pool);
        loop {
            if pool.done
                || self.stop.load(Ordering::Relaxed)
                || self.reached.load(Ordering::Relaxed)
            {
                return None;
            }
            if let Some(node) = pool.nodes.pop() {
                return Some(node);
            }
            pool.idle += 1;
            if pool.idle == self.workers {
                pool.done = true;
                self.wake.notify_all();
                return None;
            }
            self.hungry.fetch_add(1, Ordering::Relaxed);
            pool = self.wake.wait(pool).unwrap_or_else(PoisonError::into_inner);
            self.hungry.fetch_sub(1, Ordering::Relaxed);
            pool.idle -= 1;
        }
    }

    fn give(&self, node: Pending) {
        lock(&self.pool).nodes.push(node);
        self.wake.notify_one();
    }

    /// Ends the run for every worker; `open` is the best estimate of the nodes it left.
    fn halt(&self, open: f64) {
        let mut pool = lock(&self.pool);
        pool.open = pool.open.max(open);
        self.stop.store(true, Ordering::Relaxed);
        self.wake.notify_all();
    }
}

/// A worker: its stack and the buffers of its bounds.
pub(super) struct Worker<'s, 'g> {
    shared: &'s Shared<'g>,
    pub bounder: Bounder,
    expanded: u64,
}

impl<'s, 'g> Worker<'s, 'g> {
    pub fn new(shared: &'s Shared<'g>) -> Worker<'s, 'g> {
        Worker {
            shared,
            bounder: Bounder::new(shared.gap),
            expanded: 0,
        }
    }

    fn run(&mut self, until: Option<Instant>, once_found: Option<Instant>, limit: u64) {
        let shared = self.shared;
        let mut stack: Vec<Pending> = Vec::new();
        loop {
            if shared.reached.load(Ordering::Relaxed) {
                return;
            }
            let Some(next) = stack.pop().or_else(|| shared.take()) else {
                return;
            };
            if below(next.estimate, shared.target()) {
                continue;
            }
            let until = if shared.best() >= Some(shared.floor()) {
                once_found
            } else {
                until
            };
            let late = until.is_some_and(|d| Instant::now() >= d)
                || shared.nodes.load(Ordering::Relaxed) >= limit;
            if late || shared.stop.load(Ordering::Relaxed) {
                let open = stack
                    .iter()
                    .map(|n| n.estimate)
                    .fold(next.estimate, f64::max);
                shared.halt(open);
                return;
            }
            shared.nodes.fetch_add(1, Ordering::Relaxed);
            self.expand(next.build(shared.gap), &mut stack);
            if shared.hungry.load(Ordering::Relaxed) > 0 && stack.len() >= 2 {
                // The shallowest node holds the largest subtree.
                shared.give(stack.remove(0));
            }
        }
    }

    /// Bounds, fixes and propagates at a node, then branches on the job with the fewest
    /// pairs left (the least likely first), its children best first.
    fn expand(&mut self, mut node: Node, stack: &mut Vec<Pending>) {
        let (shared, gap) = (self.shared, self.shared.gap);
        self.expanded += 1;
        for round in 0..ROUNDS {
            if !node.propagate(gap) {
                return;
            }
            if node.open == 0 {
                shared.offer(node.value, &node.assigned);
                return;
            }
            let target = shared.target();
            let mut pace = Pace::new(2.0, 3);
            let bound = match self.bounder.descend(
                gap,
                &mut node,
                target,
                target as f64,
                if round == 0 {
                    NODE_ITERATIONS
                } else {
                    ROUND_ITERATIONS
                },
                &mut pace,
            ) {
                Dual::Below => return,
                Dual::Feasible(value, assignment) => {
                    shared.offer(value, &assignment);
                    return;
                }
                Dual::Open(bound) => bound,
            };
            if node.depth == 0 || self.expanded.is_multiple_of(HEURISTIC_EVERY) {
                self.repair(&node);
                if below(bound, shared.target()) {
                    return;
                }
            }
            if !self.bounder.fix(gap, &mut node, bound, shared.target()) {
                break;
            }
        }
        self.branch(node, stack);
    }

    /// Offers the repair of the node's last relaxation.
    pub fn repair(&self, node: &Node) {
        if let Some((value, assignment)) =
            heuristic::repair(self.shared.gap, node, &self.bounder.best.taken)
        {
            self.shared.offer(value, &assignment);
        }
    }

    fn branch(&mut self, node: Node, stack: &mut Vec<Pending>) {
        let gap = self.shared.gap;
        let estimate = &self.bounder.estimate;
        let mut pick = None;
        let mut key = (usize::MAX, f64::INFINITY);
        for j in 0..gap.jobs() {
            if node.assigned[j] != NONE {
                continue;
            }
            let (count, best) = node
                .options(gap, j)
                .fold((0, f64::NEG_INFINITY), |(c, b), k| {
                    (c + 1, b.max(estimate[k as usize]))
                });
            if count < key.0 || (count == key.0 && best < key.1) {
                key = (count, best);
                pick = Some(j);
            }
        }
        let Some(j) = pick else { return };
        let mut children: Vec<u32> = node.options(gap, j).collect();
        // Pushed worst first, so that the most promising child is explored first.
        children.sort_by(|&a, &b| estimate[a as usize].total_cmp(&estimate[b as usize]));
        let parent = Arc::new(node);
        for k in children {
            stack.push(Pending {
                parent: Arc::clone(&parent),
                pair: k,
                estimate: estimate[k as usize],
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_that_found_its_target_keeps_the_time_left() {
        // Every solution is worth 22.
        let gap = Gap::two_mentors();
        let mut root = Node::root(&gap);
        assert!(root.propagate(&gap));
        let over = Instant::now();
        // Nothing found yet: a run past its time stops at once, its proof unfinished.
        let searching = Shared::new(&gap, 1, 22);
        let run = searching.dive(&root, Some(over), None, u64::MAX);
        assert!(matches!(run, Run::Stopped(_)));
        // A solution that reaches the target: the same run goes on to the later deadline
        // (here none) and ends, so the solution is proven optimal.
        let found = Shared::new(&gap, 1, 22);
        let solution = [(0, 0), (1, 1), (2, 0), (3, 1)].map(|(j, m)| gap.pair_of(j, m).unwrap());
        found.offer(22, &solution);
        let run = found.dive(&root, Some(over), None, u64::MAX);
        assert!(matches!(run, Run::Exhausted));
        assert_eq!(found.best(), Some(22));
    }
}
