//! The validated, indexed form of a matching instance that every solver path reads.

use std::collections::HashMap;

use super::instance::{FORMAT, Instance};
use crate::InstanceError;

/// A group after indexing: pairs of one mentor of which at most `max` may be chosen.
#[derive(Debug, Clone)]
pub(crate) struct IndexedGroup {
    /// Position in `Instance::groups`.
    pub index: usize,
    pub mentor: usize,
    /// Pair indices of the listed twins that have a pair with this mentor (sorted, unique).
    pub pairs: Vec<usize>,
    pub max: i64,
}

/// Twins, mentors and pairs by index, with every reference resolved.
#[derive(Debug, Clone)]
pub(crate) struct Problem<'a> {
    pub instance: &'a Instance,
    pub demand: Vec<i64>,
    pub capacity: Vec<i64>,
    pub pair_twin: Vec<usize>,
    pub pair_mentor: Vec<usize>,
    pub score: Vec<f64>,
    pub load: Vec<i64>,
    /// Pairs of each twin, in instance order.
    pub by_twin: Vec<Vec<usize>>,
    pub groups: Vec<IndexedGroup>,
    /// Fixed pairs as (position in `fixed`, pair index or None when not an allowed pair).
    pub fixed: Vec<(usize, Option<usize>)>,
    pub forbidden: Vec<bool>,
    pub penalty: f64,
}

fn ids<'b>(
    what: &str,
    items: impl Iterator<Item = &'b str>,
) -> Result<HashMap<&'b str, usize>, InstanceError> {
    let mut map = HashMap::new();
    for (i, id) in items.enumerate() {
        if map.insert(id, i).is_some() {
            return Err(InstanceError::invalid(
                format!("{what}[{i}].id"),
                format!("{id:?} is used twice"),
            ));
        }
    }
    Ok(map)
}

fn lookup(
    map: &HashMap<&str, usize>,
    field: impl FnOnce() -> String,
    kind: &str,
    id: &str,
) -> Result<usize, InstanceError> {
    map.get(id)
        .copied()
        .ok_or_else(|| InstanceError::invalid(field(), format!("unknown {kind} {id:?}")))
}

fn non_negative(field: impl FnOnce() -> String, value: i64) -> Result<i64, InstanceError> {
    if value < 0 {
        Err(InstanceError::invalid(
            field(),
            format!("{value} is negative"),
        ))
    } else {
        Ok(value)
    }
}

impl<'a> Problem<'a> {
    /// Checks every rule of the format and indexes the instance.
    pub fn new(instance: &'a Instance) -> Result<Problem<'a>, InstanceError> {
        if instance.format != FORMAT {
            return Err(InstanceError::invalid(
                "format",
                format!("{:?} is not {FORMAT:?}", instance.format),
            ));
        }
        let twin_ids = ids("twins", instance.twins.iter().map(|t| t.id.as_str()))?;
        let mentor_ids = ids("mentors", instance.mentors.iter().map(|m| m.id.as_str()))?;
        let demand = instance
            .twins
            .iter()
            .enumerate()
            .map(|(i, t)| non_negative(|| format!("twins[{i}].demand"), t.demand))
            .collect::<Result<Vec<_>, _>>()?;
        let capacity = instance
            .mentors
            .iter()
            .enumerate()
            .map(|(i, m)| non_negative(|| format!("mentors[{i}].capacity"), m.capacity))
            .collect::<Result<Vec<_>, _>>()?;
        let n = instance.pairs.len();
        let (mut pair_twin, mut pair_mentor) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut score, mut load) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let mut by_twin = vec![Vec::new(); demand.len()];
        let mut index: HashMap<(usize, usize), usize> = HashMap::with_capacity(n);
        for (i, p) in instance.pairs.iter().enumerate() {
            let t = lookup(&twin_ids, || format!("pairs[{i}].twin"), "twin", &p.twin)?;
            let m = lookup(
                &mentor_ids,
                || format!("pairs[{i}].mentor"),
                "mentor",
                &p.mentor,
            )?;
            if !p.score.is_finite() {
                return Err(InstanceError::invalid(
                    format!("pairs[{i}].score"),
                    format!("{} is not a finite number", p.score),
                ));
            }
            let l = non_negative(|| format!("pairs[{i}].load"), p.load)?;
            if let Some(first) = index.insert((t, m), i) {
                return Err(InstanceError::invalid(
                    format!("pairs[{i}]"),
                    format!(
                        "pair {}/{} is listed twice (also pairs[{first}])",
                        p.twin, p.mentor
                    ),
                ));
            }
            pair_twin.push(t);
            pair_mentor.push(m);
            score.push(p.score);
            load.push(l);
            by_twin[t].push(i);
        }
        let mut groups = Vec::with_capacity(instance.groups.len());
        for (g, group) in instance.groups.iter().enumerate() {
            let m = lookup(
                &mentor_ids,
                || format!("groups[{g}].mentor"),
                "mentor",
                &group.mentor,
            )?;
            let max = non_negative(|| format!("groups[{g}].max"), group.max)?;
            let mut pairs = Vec::with_capacity(group.twins.len());
            for (k, twin) in group.twins.iter().enumerate() {
                let t = lookup(
                    &twin_ids,
                    || format!("groups[{g}].twins[{k}]"),
                    "twin",
                    twin,
                )?;
                if let Some(&p) = index.get(&(t, m)) {
                    pairs.push(p);
                }
            }
            pairs.sort_unstable();
            pairs.dedup();
            groups.push(IndexedGroup {
                index: g,
                mentor: m,
                pairs,
                max,
            });
        }
        let resolve = |list: &str, i: usize, r: &super::instance::PairRef| {
            let t = lookup(&twin_ids, || format!("{list}[{i}].twin"), "twin", &r.twin)?;
            let m = lookup(
                &mentor_ids,
                || format!("{list}[{i}].mentor"),
                "mentor",
                &r.mentor,
            )?;
            Ok::<_, InstanceError>(index.get(&(t, m)).copied())
        };
        let mut fixed = Vec::with_capacity(instance.fixed.len());
        for (i, r) in instance.fixed.iter().enumerate() {
            fixed.push((i, resolve("fixed", i, r)?));
        }
        let mut forbidden = vec![false; n];
        for (i, r) in instance.forbidden.iter().enumerate() {
            if let Some(p) = resolve("forbidden", i, r)? {
                forbidden[p] = true;
            }
        }
        let penalty = if instance.allow_unmatched {
            if !instance.unmatched_penalty.is_finite() {
                return Err(InstanceError::invalid(
                    "unmatched_penalty",
                    format!("{} is not a finite number", instance.unmatched_penalty),
                ));
            }
            instance.unmatched_penalty
        } else {
            0.0
        };
        Ok(Problem {
            instance,
            demand,
            capacity,
            pair_twin,
            pair_mentor,
            score,
            load,
            by_twin,
            groups,
            fixed,
            forbidden,
            penalty,
        })
    }

    pub fn twin_id(&self, t: usize) -> &str {
        &self.instance.twins[t].id
    }

    pub fn mentor_id(&self, m: usize) -> &str {
        &self.instance.mentors[m].id
    }

    /// The group's label, or a description when it has none.
    pub fn group_name(&self, g: &IndexedGroup) -> String {
        let group = &self.instance.groups[g.index];
        if group.label.is_empty() {
            format!("groups[{}] of {}", g.index, group.mentor)
        } else {
            format!("{:?} of {}", group.label, group.mentor)
        }
    }

    /// Sum of scores of `chosen` minus penalties for missing matches.
    pub fn objective(&self, chosen: &[usize]) -> f64 {
        // Neumaier summation: 10k scores of 4 decimals then add up to the printed digits.
        let (mut sum, mut carry) = (0.0f64, 0.0f64);
        let penalty = -self.penalty * self.missing(chosen) as f64;
        for x in chosen.iter().map(|&p| self.score[p]).chain([penalty]) {
            let t = sum + x;
            carry += if sum.abs() >= x.abs() {
                (sum - t) + x
            } else {
                (x - t) + sum
            };
            sum = t;
        }
        ((sum + carry) * 1e9).round() / 1e9
    }

    /// Matches short of demand over all twins.
    pub fn missing(&self, chosen: &[usize]) -> i64 {
        let got = self.matches_per_twin(chosen);
        self.demand
            .iter()
            .zip(&got)
            .map(|(&d, &g)| (d - g).max(0))
            .sum()
    }

    pub fn matches_per_twin(&self, chosen: &[usize]) -> Vec<i64> {
        let mut got = vec![0; self.demand.len()];
        for &p in chosen {
            got[self.pair_twin[p]] += 1;
        }
        got
    }
}
