//! Reading JSON into typed structs, with errors that name the field.

use serde::de::DeserializeOwned;

use crate::InstanceError;

/// Parses `bytes` into `T`; on error, re-reads with path tracking to name the field.
///
/// The first pass runs without path tracking because that costs time on the 400k-pair
/// instances; only a failing document pays for the second pass.
pub(crate) fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, InstanceError> {
    match serde_json::from_slice(bytes) {
        Ok(value) => Ok(value),
        Err(_) => {
            let mut de = serde_json::Deserializer::from_slice(bytes);
            match serde_path_to_error::deserialize::<_, T>(&mut de) {
                Ok(value) => Ok(value),
                Err(err) => {
                    let path = err.path().to_string();
                    let inner = err.into_inner();
                    let message = strip_position(&inner.to_string());
                    Err(InstanceError::Syntax {
                        path,
                        message,
                        line: inner.line(),
                        column: inner.column(),
                    })
                }
            }
        }
    }
}

/// serde_json appends " at line L column C"; the error shows those apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}
