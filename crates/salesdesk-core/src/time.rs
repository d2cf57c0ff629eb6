//! Ids and timestamps for records.

use chrono::{SecondsFormat, Utc};

/// Now, in UTC, as RFC 3339 with milliseconds (sorts as text).
pub fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A new stable record id: a UUID v7, so ids also sort by creation time.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
