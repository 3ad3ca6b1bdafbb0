//! Who uses a city on which day: the rule checks shared by the fast path, the greedy
//! start and the reasons of unscheduled visits.

use std::collections::HashMap;

use super::calendar::Calendar;

/// The visits placed so far, by city and day.
#[derive(Debug, Default)]
pub(crate) struct Usage {
    hosting: HashMap<(usize, i64), Vec<usize>>,
    guesting: HashMap<(usize, i64), usize>,
    start: HashMap<usize, i64>,
}

impl Usage {
    pub fn place(&mut self, cal: &Calendar, v: usize, s: i64) {
        for d in s..s + cal.days[v] {
            self.hosting.entry((cal.host[v], d)).or_default().push(v);
            self.guesting.insert((cal.guest[v], d), v);
        }
        self.start.insert(v, s);
    }

    /// The placed visits that stop `v` from starting on `s` (empty: it fits).
    pub fn blockers(&self, cal: &Calendar, v: usize, s: i64) -> Vec<usize> {
        let mut out = Vec::new();
        let (g, h) = (cal.guest[v], cal.host[v]);
        for d in s..s + cal.days[v] {
            // The guest travels: it may neither host nor travel elsewhere that day.
            out.extend(self.hosting.get(&(g, d)).into_iter().flatten());
            out.extend(self.guesting.get(&(g, d)));
            // The host receives: not while it travels, and within its capacity.
            out.extend(self.guesting.get(&(h, d)));
            if let Some(hosted) = self.hosting.get(&(h, d))
                && hosted.len() as i64 >= cal.capacity[h]
            {
                out.extend(hosted);
            }
        }
        if let Some((u, gap)) = cal.after[v]
            && let Some(&su) = self.start.get(&u)
            && s - (su + cal.days[u] - 1) < gap
        {
            out.push(u);
        }
        for (&w, &sw) in &self.start {
            if let Some((first, gap)) = cal.after[w]
                && first == v
                && sw - (s + cal.days[v] - 1) < gap
            {
                out.push(w);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}
