//! One mentor's 0-1 knapsack under Lagrangian profits: its best choice, and what forcing
//! each of its pairs in or out would cost (the numbers behind pair fixing).
//!
//! Dynamic programming over capacity, one row per item: row k holds the best profit of
//! the first k items within every capacity. Only items of positive profit take part (no
//! other can be in a best choice), which on generalised assignment leaves a handful per
//! mentor once the multipliers settle. Profits are integers (in units of the bound's
//! grid, `bound::Grid`): twice as many fit a vector register as doubles, and every sum
//! is exact. The rows are built in the widest vector instructions the CPU has (AVX2
//! where there is, found at run time by `pulp`): it is most of a node's time.

/// A pair offered to the knapsack: its index, load and Lagrangian profit. The profits
/// of one knapsack sum to at most `i32::MAX`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Item {
    pub pair: u32,
    pub load: usize,
    pub profit: i32,
}

/// The rows of the last knapsack solved, kept to read choices and losses from.
#[derive(Debug)]
pub(super) struct Knapsack {
    rows: Vec<i32>,
    suffix: Vec<i32>,
    width: usize,
    items: usize,
    arch: pulp::Arch,
}

impl Default for Knapsack {
    fn default() -> Self {
        Knapsack::on(pulp::Arch::new())
    }
}

impl Knapsack {
    /// A knapsack that builds its rows with `arch`'s instructions.
    fn on(arch: pulp::Arch) -> Knapsack {
        Knapsack {
            rows: Vec::new(),
            suffix: Vec::new(),
            width: 0,
            items: 0,
            arch,
        }
    }

    /// Best total profit of `items` (each of positive profit) within `cap`.
    pub fn solve(&mut self, items: &[Item], cap: usize) -> i32 {
        let width = cap + 1;
        let size = (items.len() + 1) * width;
        if self.rows.len() < size {
            self.rows.resize(size, 0);
        }
        self.rows[..width].fill(0);
        self.arch.dispatch(Rows {
            items,
            rows: &mut self.rows,
            width,
        });
        self.width = width;
        self.items = items.len();
        self.within(cap)
    }

    /// The items of the best choice found by the last `solve` on the same `items`.
    pub fn chosen<'i>(&self, items: &'i [Item]) -> impl Iterator<Item = &'i Item> + use<'i, '_> {
        let width = self.width;
        let mut c = width - 1;
        (0..self.items).rev().filter_map(move |k| {
            // An item is in when it raised the best value at the capacity left.
            if self.rows[(k + 1) * width + c] != self.rows[k * width + c] {
                c -= items[k].load;
                Some(&items[k])
            } else {
                None
            }
        })
    }

    /// Best profit within `c` of all the items of the last `solve`.
    pub fn within(&self, c: usize) -> i32 {
        self.rows[self.items * self.width + c]
    }

    /// After `solve` on the same `items`: for each item, by position, how much the best
    /// value drops when the item is left out and when it is forced in (None: it does not
    /// fit at all).
    pub fn losses(&mut self, items: &[Item], each: impl FnMut(usize, i32, Option<i32>)) {
        let (width, n) = (self.width, self.items);
        let cap = width - 1;
        if self.suffix.len() < (n + 1) * width {
            self.suffix.resize((n + 1) * width, 0);
        }
        // suffix row k: best of items k.. within every capacity.
        self.suffix[n * width..(n + 1) * width].fill(0);
        let full = self.within(cap);
        self.arch.dispatch(Losses {
            items,
            rows: &self.rows,
            suffix: &mut self.suffix,
            width,
            full,
            each,
        });
    }
}

/// The rows of `Knapsack::solve`, compiled for the vector instructions found at run time
/// (`pulp` enables them in `with_simd` and in what it inlines).
struct Rows<'k> {
    items: &'k [Item],
    rows: &'k mut [i32],
    width: usize,
}

impl pulp::WithSimd for Rows<'_> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: pulp::Simd>(self, _: S) {
        let Rows { items, rows, width } = self;
        for (k, item) in items.iter().enumerate() {
            let (done, rest) = rows.split_at_mut((k + 1) * width);
            add_item(&done[k * width..], &mut rest[..width], item);
        }
    }
}

/// The work of `Knapsack::losses`, compiled likewise.
struct Losses<'k, F> {
    items: &'k [Item],
    rows: &'k [i32],
    suffix: &'k mut [i32],
    width: usize,
    full: i32,
    each: F,
}

impl<F: FnMut(usize, i32, Option<i32>)> pulp::WithSimd for Losses<'_, F> {
    type Output = ();

    #[inline(always)]
    fn with_simd<S: pulp::Simd>(self, _: S) {
        let Losses {
            items,
            rows,
            suffix,
            width,
            full,
            mut each,
        } = self;
        let cap = width - 1;
        for k in (0..items.len()).rev() {
            let (head, tail) = suffix.split_at_mut((k + 1) * width);
            add_item(&tail[..width], &mut head[k * width..], &items[k]);
        }
        for (k, item) in items.iter().enumerate() {
            let before = &rows[k * width..(k + 1) * width];
            let after = &suffix[(k + 1) * width..(k + 2) * width];
            let without = best_split(before, after, cap);
            // Not `then` with a closure: that would be compiled apart, without the
            // vector instructions.
            let with = if item.load <= cap {
                Some(full - (best_split(before, after, cap - item.load) + item.profit))
            } else {
                None
            };
            each(k, full - without, with);
        }
    }
}

/// The best split of `room` between the items before one (`before`) and after it.
#[inline(always)]
fn best_split(before: &[i32], after: &[i32], room: usize) -> i32 {
    // Every entry is at least 0 (taking nothing).
    let mut best = 0;
    for (x, y) in before[..=room].iter().zip(after[..=room].iter().rev()) {
        best = best.max(x + y);
    }
    best
}

/// `next[c] = max(prev[c], prev[c - load] + profit)`: one item added to a row.
#[inline(always)]
fn add_item(prev: &[i32], next: &mut [i32], item: &Item) {
    let width = next.len();
    let low = item.load.min(width);
    let (head, tail) = next.split_at_mut(low);
    head.copy_from_slice(&prev[..low]);
    let (kept, moved) = (&prev[low..width], &prev[..width - low]);
    for ((n, &k), &m) in tail.iter_mut().zip(kept).zip(moved) {
        *n = k.max(m + item.profit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(list: &[(usize, i32)]) -> Vec<Item> {
        list.iter()
            .enumerate()
            .map(|(k, &(load, profit))| Item {
                pair: k as u32,
                load,
                profit,
            })
            .collect()
    }

    /// Best value of the items whose positions pass `keep`, by enumeration.
    fn brute(items: &[Item], cap: usize, keep: impl Fn(usize, bool) -> bool) -> i32 {
        let mut best = i32::MIN;
        for mask in 0u32..1 << items.len() {
            let take = |k: usize| mask >> k & 1 == 1;
            if !(0..items.len()).all(|k| keep(k, take(k))) {
                continue;
            }
            let load: usize = (0..items.len())
                .filter(|&k| take(k))
                .map(|k| items[k].load)
                .sum();
            if load <= cap {
                let value = (0..items.len())
                    .filter(|&k| take(k))
                    .map(|k| items[k].profit)
                    .sum();
                best = best.max(value);
            }
        }
        best
    }

    #[test]
    fn best_choice_and_losses_match_enumeration() {
        let list = items(&[(3, 8), (4, 10), (2, 6), (5, 13), (1, 1), (6, 18)]);
        let cap = 10;
        let mut k = Knapsack::default();
        let best = k.solve(&list, cap);
        assert_eq!(best, brute(&list, cap, |_, _| true));
        let chosen: Vec<&Item> = k.chosen(&list).collect();
        let load: usize = chosen.iter().map(|i| i.load).sum();
        let value: i32 = chosen.iter().map(|i| i.profit).sum();
        assert!(load <= cap);
        assert_eq!(value, best);
        let mut seen = 0;
        k.losses(&list, |pos, out, inn| {
            let without = brute(&list, cap, |q, t| q != pos || !t);
            let with = brute(&list, cap, |q, t| q != pos || t);
            assert_eq!(out, best - without, "item {pos} out");
            assert_eq!(inn, Some(best - with), "item {pos} in");
            seen += 1;
        });
        assert_eq!(seen, list.len());
    }

    proptest::proptest! {
        /// What runs on a CPU without AVX2 (`Scalar`) gives what runs here, and both
        /// what enumeration gives.
        #[test]
        fn every_instruction_set_gives_the_enumerated_knapsack(
            list in proptest::collection::vec((1usize..40, 1i32..1_000_000), 0..9),
            cap in 0usize..120,
        ) {
            let list = items(&list);
            let mut answers = Vec::new();
            for arch in [pulp::Arch::Scalar, pulp::Arch::new()] {
                let mut k = Knapsack::on(arch);
                let best = k.solve(&list, cap);
                let chosen: Vec<u32> = k.chosen(&list).map(|i| i.pair).collect();
                let within: Vec<i32> = (0..=cap).map(|c| k.within(c)).collect();
                let mut losses = Vec::new();
                k.losses(&list, |pos, out, inn| losses.push((pos, out, inn)));
                answers.push((best, chosen, within, losses));
            }
            proptest::prop_assert_eq!(&answers[0], &answers[1]);
            let (best, _, _, losses) = &answers[0];
            proptest::prop_assert_eq!(*best, brute(&list, cap, |_, _| true));
            for &(pos, out, inn) in losses {
                let without = brute(&list, cap, |q, t| q != pos || !t);
                let with = brute(&list, cap, |q, t| q != pos || t);
                proptest::prop_assert_eq!(out, best - without);
                proptest::prop_assert_eq!(inn, (with > i32::MIN).then(|| best - with));
            }
        }
    }

    #[test]
    fn an_item_too_heavy_for_the_capacity_cannot_be_forced_in() {
        let list = items(&[(2, 1), (9, 5)]);
        let mut k = Knapsack::default();
        assert_eq!(k.solve(&list, 4), 1);
        let mut seen = Vec::new();
        k.losses(&list, |pos, _, inn| seen.push((pos, inn)));
        assert_eq!(seen, [(0, Some(0)), (1, None)]);
    }
}
