use super::pdf::check;
use super::sample::*;
use domain::model::document::{MAX_BYTES, Refused};

#[test]
fn a_plain_pdf_is_taken_up_to_the_limit() {
    assert_eq!(check(&pdf()), Ok(()));
    let largest = pdf_of_size(MAX_BYTES, 1);
    assert_eq!(largest.len(), MAX_BYTES);
    assert_eq!(check(&largest), Ok(()));
    assert_eq!(
        check(&pdf_of_size(MAX_BYTES + 1, 1)),
        Err(Refused::TooLarge)
    );
}

#[test]
fn html_svg_and_empty_files_are_no_pdf_whatever_their_name() {
    assert_eq!(check(b""), Err(Refused::Empty));
    for file in [
        &b"<!doctype html><script>alert(1)</script>%PDF-1.7 %%EOF"[..],
        b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        b" %PDF-1.7\n%%EOF",
        b"%PDF-9.9\n%%EOF",
    ] {
        assert_eq!(
            check(file),
            Err(Refused::NotPdf),
            "{:?}",
            String::from_utf8_lossy(file)
        );
    }
}

#[test]
fn a_pdf_cut_short_is_refused() {
    let whole = pdf_of_size(50_000, 2);
    assert_eq!(check(&whole[..whole.len() / 2]), Err(Refused::Truncated));
}

#[test]
fn a_pdf_that_can_run_something_is_refused() {
    for name in ["/JS", "/J#53", "/#4A#53", "/JavaScript"] {
        assert_eq!(
            check(&pdf_with_script(name)),
            Err(Refused::Active),
            "{name}"
        );
    }
    assert_eq!(
        check(&pdf_with(
            b"9 0 obj\n<< /S /Launch /F (cmd.exe) >>\nendobj\n"
        )),
        Err(Refused::Active)
    );
    assert_eq!(check(&pdf_with_hidden_script()), Err(Refused::Active));
}

#[test]
fn words_that_only_look_like_active_names_are_taken() {
    // `/JSON` and `/JSmith` are other names; text in a string is not a name.
    let file = pdf_with(b"9 0 obj\n<< /JSON 1 /JSmith 2 /Title (om JavaScript) >>\nendobj\n");
    assert_eq!(check(&file), Ok(()));
}

#[test]
fn objects_in_a_stream_that_cannot_be_read_are_refused() {
    let file = pdf_with(
        b"8 0 obj\n<< /Type /ObjStm /Filter /ASCIIHexDecode /Length 4 >>\nstream\n2F4A\nendstream\nendobj\n",
    );
    assert_eq!(check(&file), Err(Refused::Active));
}
