//! Serving an axum router on a loopback port until the owner is dropped.

use axum::Router;
use std::net::SocketAddr;
use tokio::task::JoinHandle;

/// A running server; dropping it stops the server.
#[derive(Debug)]
pub(crate) struct Running {
    pub(crate) addr: SocketAddr,
    task: JoinHandle<()>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Binds `127.0.0.1:0` and serves `router` on a background task.
pub(crate) async fn serve(router: Router) -> std::io::Result<Running> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let addr = listener.local_addr()?;
    let task = tokio::spawn(async move {
        // An error here means the listener failed; the owner sees connection errors.
        let _ = axum::serve(listener, router).await;
    });
    Ok(Running { addr, task })
}
