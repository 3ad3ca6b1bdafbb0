//! Pagination of lists: `limit` and `offset` in, the page and the total out.

use serde::{Deserialize, Serialize};

use crate::domain::Invalid;

/// The largest page.
pub const MAX_LIMIT: i64 = 500;
/// The page size when none is asked.
pub const DEFAULT_LIMIT: i64 = 50;

/// `?limit=&offset=`.
#[derive(Debug, Clone, Copy, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// How many items, 1 to 500 (default 50).
    pub limit: Option<i64>,
    /// How many to skip (default 0).
    pub offset: Option<i64>,
}

impl PageQuery {
    /// The checked `(limit, offset)`.
    pub fn bounds(&self) -> Result<(i64, i64), Invalid> {
        let limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        let offset = self.offset.unwrap_or(0);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(Invalid::field(
                "limit",
                format!("{limit} is out of range: use 1 to {MAX_LIMIT}"),
            ));
        }
        if offset < 0 {
            return Err(Invalid::field("offset", format!("{offset} is negative")));
        }
        Ok((limit, offset))
    }
}

/// A page of a list.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Paged<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// How many items there are on all pages.
    pub total: i64,
    /// The page size used.
    pub limit: i64,
    /// How many were skipped.
    pub offset: i64,
}
