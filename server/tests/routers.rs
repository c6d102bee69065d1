//! Routers made in a process that already serves pages. Leptos renders the application to list
//! its pages and, while it does, holds back the data of every page rendered in the process (one
//! global flag); `server::routes` lists them once per process, so no page waits for that.

mod common;

use common::{get, start_at};
use service::clock::Clock;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn making_a_router_never_holds_back_a_page_being_served() {
    let addr = start_at(Clock::system()).await;
    let db = db::Db::connect(&db::DbConfig::for_tests())
        .await
        .expect("mem:// connects");
    let done = Arc::new(AtomicBool::new(false));
    let runtime = tokio::runtime::Handle::current();
    let making = std::thread::spawn({
        let done = done.clone();
        move || {
            let _runtime = runtime.enter();
            let mut made = 0;
            while !done.load(Ordering::Relaxed) {
                drop(server::routes::router(common::state(
                    db.clone(),
                    Clock::system(),
                    "target/site",
                )));
                made += 1;
            }
            made
        }
    });
    // The session's data is a resource of every page: held back, the page never arrives.
    for _ in 0..40 {
        let page = tokio::time::timeout(Duration::from_secs(10), get(addr, "/tillganglighet"))
            .await
            .expect("the page arrives while routers are made");
        assert_eq!(page.status, 200, "{}", page.body);
    }
    done.store(true, Ordering::Relaxed);
    let made = making.join().expect("the routers were made");
    assert!(made > 0, "no router was made while the pages were served");
}
