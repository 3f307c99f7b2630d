//! The pages end to end in Debian's headless Chromium, driven over WebDriver (chromedriver):
//! generate variants on a test endpoint and see a finding highlighted, queue a variant, claim
//! it, see the lease from a second browser session (buttons blocked), edit it (re-checked),
//! approve with the keyboard, export it. Screenshots of each page are written to
//! `$CARGO_TARGET_DIR/screenshots/` (else `target/screenshots/`).

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

use crate::common::free_port;

/// chromedriver on a free loopback port, stopped on drop.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Self {
        let port = free_port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("chromedriver: {e} (scripts/test.sh installs Debian's chromium and chromium-driver)")
            });
        let driver = Self { child, port };
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return driver;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("chromedriver did not listen on {port}");
    }

    /// A new headless browser with a fresh profile.
    async fn browser(&self, profile: &std::path::Path) -> Client {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1000",
                    format!("--user-data-dir={}", profile.display()),
                ],
            }),
        );
        ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .unwrap_or_else(|e| panic!("a Chromium session: {e}"))
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn shots() -> PathBuf {
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| crate::common::repo().join("target"), PathBuf::from)
        .join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn shot(b: &Client, name: &str) {
    let png = b.screenshot().await.unwrap();
    std::fs::write(shots().join(format!("{name}.png")), png).unwrap();
}

/// The text of the element `css` once `want` holds for it (pages navigate under us: an
/// element of the page before may go stale, so this looks again until it holds or 20 s pass).
async fn until(b: &Client, css: &str, want: impl Fn(&str) -> bool) -> String {
    let mut last = String::new();
    for _ in 0..200 {
        if let Ok(e) = b.find(Locator::Css(css)).await
            && let Ok(t) = e.text().await
        {
            if want(&t) {
                return t;
            }
            last = t;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{css}: still {last:?} after 20 s");
}

/// Type `text` into the element `at`.
async fn type_into(b: &Client, at: Locator<'_>, text: &str) {
    b.find(at).await.unwrap().send_keys(text).await.unwrap();
}

/// Click the element `at`.
async fn click(b: &Client, at: Locator<'_>) {
    b.find(at).await.unwrap().click().await.unwrap();
}

/// Press a key on the page (on whatever has focus).
async fn press(b: &Client, key: &str) {
    b.active_element()
        .await
        .unwrap()
        .send_keys(key)
        .await
        .unwrap();
}

async fn log_in(b: &Client, base: &str, name: &str) {
    b.goto(&format!("{base}/login")).await.unwrap();
    type_into(b, Locator::Id("name"), name).await;
    type_into(b, Locator::Id("token"), "browser-token").await;
    click(b, Locator::Css("form button[type=submit]")).await;
    b.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("h1"))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn marketers_generate_review_and_export_in_a_real_browser() {
    let (_mock, _p, running) = crate::serve::serve(Some("browser-token")).await;
    let base = format!("http://{}", running.addr);
    let driver = Driver::start();
    let profiles = tempfile::tempdir().unwrap();
    let ana = driver.browser(&profiles.path().join("ana")).await;
    let ben = driver.browser(&profiles.path().join("ben")).await;

    // generate: the form comes from the prompt's input schema
    log_in(&ana, &base, "ana").await;
    ana.goto(&format!("{base}/generate?prompt=ad-variants@1&lang=en"))
        .await
        .unwrap();
    type_into(
        &ana,
        Locator::Id("var-product.title"),
        "Firstwand 3-Lagen-Regenjacke",
    )
    .await;
    type_into(
        &ana,
        Locator::Id("var-product.facts"),
        "Atmungsaktiv mit RET-Wert 6\nHelmkompatible Kapuze",
    )
    .await;
    let n = ana.find(Locator::Id("n")).await.unwrap();
    n.clear().await.unwrap();
    n.send_keys("2").await.unwrap();
    click(&ana, Locator::Id("run")).await;
    let heading = until(&ana, "#variants-h", |_| true).await;
    assert!(heading.contains("ad-variants@1"), "{heading}");
    // the unsure claim is highlighted on its span, with the rule
    let Ok(mark) = ana.find(Locator::Css("#result article.variant mark")).await else {
        panic!("no finding marked: {}", ana.source().await.unwrap());
    };
    // the span itself, after the note screen readers hear first
    assert!(mark.text().await.unwrap().ends_with("]\nAtmungsaktiv"));
    assert!(
        mark.attr("title")
            .await
            .unwrap()
            .unwrap()
            .contains("breathable")
    );
    ana.execute(
        "document.getElementById('result').scrollIntoView()",
        Vec::new(),
    )
    .await
    .unwrap();
    shot(&ana, "generate").await;
    let queued = ana
        .find(Locator::Css("#result article.variant a[href^='/review/']"))
        .await
        .unwrap();
    let item_url = queued.attr("href").await.unwrap().unwrap();
    let id: i64 = item_url.trim_start_matches("/review/").parse().unwrap();

    // the queue: both variants wait; ana opens the first and claims it
    ana.goto(&format!("{base}/review")).await.unwrap();
    let rows = ana.find_all(Locator::Css("#queue tbody tr")).await.unwrap();
    assert_eq!(rows.len(), 2);
    shot(&ana, "review-list").await;
    ana.goto(&format!("{base}{item_url}")).await.unwrap();
    click(&ana, Locator::Id("claim")).await;
    until(&ana, "#lease", |t| t.contains("ana")).await;

    // a second session sees the lease, and its buttons are blocked
    log_in(&ben, &base, "ben").await;
    ben.goto(&format!("{base}{item_url}")).await.unwrap();
    until(&ben, "#lease", |t| t.contains("ana")).await;
    let decide = ben.find(Locator::Id("decide")).await.unwrap();
    assert_eq!(
        decide.attr("disabled").await.unwrap().as_deref(),
        Some("true")
    );
    press(&ben, "a").await;
    until(&ben, "#state", |t| t == "pending").await;
    shot(&ben, "review-item-leased").await;

    // ana edits with the keyboard: the edit is re-checked, then approved with `a`
    click(&ana, Locator::Css("h1")).await;
    press(&ana, "e").await;
    let area = ana.active_element().await.unwrap();
    assert_eq!(area.attr("id").await.unwrap().as_deref(), Some("edit-text"));
    area.clear().await.unwrap();
    area.send_keys(&crate::common::valid_ad()).await.unwrap();
    click(&ana, Locator::Id("save")).await;
    until(&ana, "#state", |t| t == "edited").await;
    assert!(
        ana.find_all(Locator::Css("section mark"))
            .await
            .unwrap()
            .is_empty()
    );
    shot(&ana, "review-item").await;
    click(&ana, Locator::Css("h1")).await;
    press(&ana, "a").await;
    // a decision leads to the next open item: the other variant's
    let next = reqwest::Url::parse(&format!("{base}/review/{}", id + 1)).unwrap();
    ana.wait()
        .at_most(Duration::from_secs(20))
        .for_url(&next)
        .await
        .unwrap();

    // the list: `a` approves the focused item in place
    ana.goto(&format!("{base}/review")).await.unwrap();
    let left = ana.find_all(Locator::Css("#queue tbody tr")).await.unwrap();
    assert_eq!(left.len(), 1, "the approved item left the open list");
    press(&ana, "a").await;
    ana.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("#queue tbody tr .badge.approved"))
        .await
        .unwrap();

    // both are approved in the state database; the export has them
    // the export link downloads; fetch the same URL in the page to read it
    let exported = ana
        .execute(
            "return fetch('/api/review/export?format=jsonl').then(r => r.text())",
            Vec::new(),
        )
        .await
        .unwrap();
    let exported = exported.as_str().unwrap_or_default().to_string();
    assert!(exported.contains("\"reviewer\":\"ana\""), "{exported}");
    assert!(
        exported.contains("Drei Lagen gegen den Regen"),
        "{exported}"
    );

    ana.goto(&format!("{base}/costs?lang=de")).await.unwrap();
    until(&ana, "h1", |t| t == "Kosten").await;
    // thirty days, today's bar the only one with a height
    let bars = ana.find_all(Locator::Css("svg.chart rect")).await.unwrap();
    assert_eq!(bars.len(), 30);
    let height = |h: Option<String>| h.and_then(|h| h.parse::<f64>().ok()).unwrap_or(-1.0);
    assert!(height(bars[29].attr("height").await.unwrap()) > 0.0);
    assert_eq!(height(bars[0].attr("height").await.unwrap()), 0.0);
    shot(&ana, "costs").await;

    ana.close().await.unwrap();
    ben.close().await.unwrap();
    running.stop().await.unwrap();
}
