//! The one error type of the library, and the shape in which it crosses to
//! the UI and the CLI: `{code, message, field}`.

use serde::Serialize;
use ts_rs::TS;

/// What went wrong, in a form a caller can branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input broke a rule; `field` names the input when there is one.
    Invalid,
    /// The input clashes with a record that already exists (a duplicate name).
    Conflict,
    /// The record asked for does not exist (any more).
    NotFound,
    /// The file is not a Salesdesk workspace, or it is damaged.
    NotAWorkspace,
    /// The workspace was written by a newer Salesdesk.
    TooNew,
    /// Reading or writing a file failed.
    Io,
    /// Another Salesdesk (the app or the CLI) has the workspace open.
    Busy,
    /// The workspace cannot be written (a read-only file, folder or disk).
    ReadOnly,
    /// Anything else: a bug or a database failure. Nothing was saved.
    Internal,
}

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
    /// The input field the message belongs next to, e.g. `name`.
    pub field: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{message}")]
    Invalid {
        field: Option<String>,
        message: String,
    },
    #[error("{message}")]
    Conflict {
        field: Option<String>,
        message: String,
    },
    #[error("{what} was not found; it may have been deleted.")]
    NotFound { what: String },
    #[error("{path} is not a Salesdesk workspace: {reason}")]
    NotAWorkspace { path: String, reason: String },
    #[error(
        "{path} was saved by a newer version of Salesdesk (schema {found}, this version knows {known}). Update Salesdesk to open it."
    )]
    TooNew {
        path: String,
        found: i64,
        known: i64,
    },
    #[error("{path} is open in another Salesdesk window or command; close it there and try again.")]
    Busy { path: String },
    #[error(
        "{path} is read-only (its file, folder or disk cannot be written): it can be read and printed, but not changed."
    )]
    ReadOnly { path: String },
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("could not update the workspace schema: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("internal error: {0}")]
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Error::Invalid {
            field: Some(field.to_string()),
            message: message.into(),
        }
    }

    pub fn conflict(field: &str, message: impl Into<String>) -> Self {
        Error::Conflict {
            field: Some(field.to_string()),
            message: message.into(),
        }
    }

    pub fn not_found(what: impl Into<String>) -> Self {
        Error::NotFound { what: what.into() }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid { .. } => ErrorCode::Invalid,
            Error::Conflict { .. } => ErrorCode::Conflict,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::NotAWorkspace { .. } => ErrorCode::NotAWorkspace,
            Error::TooNew { .. } => ErrorCode::TooNew,
            Error::Io { .. } => ErrorCode::Io,
            Error::Busy { .. } => ErrorCode::Busy,
            Error::ReadOnly { .. } => ErrorCode::ReadOnly,
            Error::Database(_) | Error::Migration(_) | Error::Internal(_) => ErrorCode::Internal,
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } | Error::Conflict { field, .. } => field.as_deref(),
            _ => None,
        }
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            message: self.to_string(),
            field: self.field().map(str::to_string),
        }
    }
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.payload().serialize(serializer)
    }
}
