//! Validation of the edit form: the same rules in the browser and on the server, each error
//! attached to the field it concerns.

use super::check::{Check, ROK_APPROVED, phone_ok};
use super::{CoordinatorRow, EVIDENCE_FIELDS, PolicyDocumentRow, ProfileForm, SupportRow};
use crate::i18n::Message;
use crate::i18n::k;
use crate::model::OrgId;
use crate::model::fact::{Fact, Source};
use crate::model::profile::{
    Agreements, Collaboration, Competence, CooperationAgreement, CoordinatorPost,
    CountyGroupRepresentative, FollowUp, Governance, LocalForum, LokStatus, PolicyDocument,
    Profile, Reflections, RokDecision, RokStatus, SpecialistCompetences, SupportContact,
    WorkOrganisation,
};
use crate::model::validation::{FieldErrors, LONG_TEXT_MAX, SHORT_TEXT_MAX};
use chrono::NaiveDate;

impl ProfileForm {
    /// The profile this form describes, every known value attributed to `source`; or the
    /// errors per field.
    pub fn validate(
        &self,
        org: &OrgId,
        today: NaiveDate,
        source: &Source,
    ) -> Result<Profile, FieldErrors> {
        let mut c = Check {
            errors: FieldErrors::default(),
            source,
            today,
        };
        let profile = Profile {
            governance: self.governance(&mut c),
            work: self.work(&mut c, org),
            collaboration: self.collaboration(&mut c),
            competence: self.competence(&mut c),
            reflections: Reflections {
                successes: c.optional_lines("successes", &self.successes),
                gaps: c.optional_lines("gaps", &self.gaps),
                needs: c.optional_lines("needs", &self.needs),
                vision: c.optional_lines("vision", &self.vision),
            },
            agreements: self.agreements(&mut c),
            support: c.rows(
                "support",
                &self.support,
                (self.support_none, false),
                SupportRow::is_blank,
                |c, f, r| {
                    let name = c.required(
                        &format!("{f}.name"),
                        &r.name,
                        SHORT_TEXT_MAX,
                        k::FORM_ERROR_NAME_MISSING,
                    );
                    let kind = c.text(&format!("{f}.kind"), &r.kind, SHORT_TEXT_MAX);
                    let phone = c.text(&format!("{f}.phone"), &r.phone, 40);
                    if !phone.is_empty() && !phone_ok(&phone) {
                        c.errors
                            .add(format!("{f}.phone"), Message::new(k::FORM_ERROR_PHONE));
                    }
                    let web = c.link(&format!("{f}.web"), &r.web);
                    Some(SupportContact {
                        name,
                        kind,
                        phone,
                        web,
                    })
                },
            ),
        };
        c.errors.into_result(profile)
    }

    fn governance(&self, c: &mut Check<'_>) -> Governance {
        let follow_exists = c.yes_no("follow_up", &self.follow_up);
        c.details_need_choice(
            "follow_up",
            follow_exists.is_some(),
            &[
                &self.follow_up_individual,
                &self.follow_up_group,
                &self.follow_up_quality_system,
                &self.follow_up_reported_to,
                &self.follow_up_frequency,
                &self.follow_up_description,
            ],
        );
        let follow_up = FollowUp {
            exists: follow_exists.unwrap_or(false),
            individual_level: c.yes_no("follow_up_individual", &self.follow_up_individual),
            group_level: c.yes_no("follow_up_group", &self.follow_up_group),
            in_quality_system: c.yes_no("follow_up_quality_system", &self.follow_up_quality_system),
            reported_to: c.text(
                "follow_up_reported_to",
                &self.follow_up_reported_to,
                SHORT_TEXT_MAX,
            ),
            frequency: c.text(
                "follow_up_frequency",
                &self.follow_up_frequency,
                SHORT_TEXT_MAX,
            ),
            description: c.text(
                "follow_up_description",
                &self.follow_up_description,
                LONG_TEXT_MAX,
            ),
        };
        Governance {
            decision: c.optional_text("decision", &self.decision, LONG_TEXT_MAX),
            policy_documents: c.rows(
                "policy_documents",
                &self.policy_documents,
                (self.policy_documents_none, self.policy_documents_partial),
                PolicyDocumentRow::is_blank,
                |c, f, r| {
                    let title = c.required(
                        &format!("{f}.title"),
                        &r.title,
                        SHORT_TEXT_MAX,
                        k::FORM_ERROR_DOCUMENT_TITLE_MISSING,
                    );
                    let scope = c.choice(&format!("{f}.scope"), &r.scope);
                    if r.scope.trim().is_empty() {
                        c.errors.add(
                            format!("{f}.scope"),
                            Message::new(k::FORM_ERROR_SCOPE_MISSING),
                        );
                    }
                    let adopted = c.date(&format!("{f}.adopted"), &r.adopted);
                    let last_revised = c.date(&format!("{f}.last_revised"), &r.last_revised);
                    if let (Some(a), Some(l)) = (adopted, last_revised)
                        && l < a
                    {
                        c.errors.add(
                            format!("{f}.last_revised"),
                            Message::new(k::FORM_ERROR_REVISED_BEFORE_ADOPTED),
                        );
                    }
                    let owner = c.text(&format!("{f}.owner"), &r.owner, SHORT_TEXT_MAX);
                    let implemented = c.yes_no(&format!("{f}.implemented"), &r.implemented);
                    Some(PolicyDocument {
                        title,
                        scope: scope?,
                        owner,
                        adopted,
                        last_revised,
                        implemented,
                    })
                },
            ),
            shared_view: match c.choice("shared_view", &self.shared_view) {
                Some(v) => c.known(v),
                None => Fact::Unknown,
            },
            follow_up: if follow_exists.is_some() {
                c.known(follow_up)
            } else {
                Fact::Unknown
            },
        }
    }

    fn work(&self, c: &mut Check<'_>, org: &OrgId) -> WorkOrganisation {
        let coop_exists = c.yes_no("cooperation", &self.cooperation);
        c.details_need_choice(
            "cooperation",
            coop_exists.is_some(),
            &[&self.cooperation_name, &self.cooperation_partners],
        );
        let coop = CooperationAgreement {
            exists: coop_exists.unwrap_or(false),
            name: c.text("cooperation_name", &self.cooperation_name, SHORT_TEXT_MAX),
            partners: c.orgs("cooperation_partners", &self.cooperation_partners, org),
        };
        WorkOrganisation {
            coordinators: c.rows(
                "coordinators",
                &self.coordinators,
                (self.coordinators_none, self.coordinators_partial),
                CoordinatorRow::is_blank,
                |c, f, r| {
                    let title = c.required(
                        &format!("{f}.title"),
                        &r.title,
                        SHORT_TEXT_MAX,
                        k::FORM_ERROR_TITLE_MISSING,
                    );
                    let share = c.percent(&format!("{f}.share_percent"), &r.share_percent);
                    if r.share_percent.trim().is_empty() {
                        c.errors.add(
                            format!("{f}.share_percent"),
                            Message::new(k::FORM_ERROR_SHARE_MISSING),
                        );
                    }
                    let count = match r.count.trim() {
                        "" => Some(1),
                        n => match n.parse::<u8>() {
                            Ok(n @ 1..=20) => Some(n),
                            _ => {
                                c.errors
                                    .add(format!("{f}.count"), Message::new(k::FORM_ERROR_COUNT));
                                None
                            }
                        },
                    };
                    // Every field is checked before any missing one ends the row.
                    let rest_of_post = c.text(
                        &format!("{f}.rest_of_post"),
                        &r.rest_of_post,
                        SHORT_TEXT_MAX,
                    );
                    let funding = c.choice(&format!("{f}.funding"), &r.funding);
                    let scope = c.text(&format!("{f}.scope"), &r.scope, SHORT_TEXT_MAX);
                    let shared_with = c.orgs(&format!("{f}.shared_with"), &r.shared_with, org);
                    Some(CoordinatorPost {
                        title,
                        share_percent: share?,
                        count: count?,
                        rest_of_post,
                        funding,
                        scope,
                        shared_with,
                    })
                },
            ),
            cooperation_agreement: if coop_exists.is_some() {
                c.known(coop)
            } else {
                Fact::Unknown
            },
            placement: c.optional_text("placement", &self.placement, SHORT_TEXT_MAX),
            teams: c.optional_lines("teams", &self.teams),
        }
    }

    fn collaboration(&self, c: &mut Check<'_>) -> Collaboration {
        let forum_exists = c.yes_no("local_forum", &self.local_forum);
        c.details_need_choice(
            "local_forum",
            forum_exists.is_some(),
            &[
                &self.local_forum_participants,
                &self.local_forum_description,
            ],
        );
        let forum = LocalForum {
            exists: forum_exists.unwrap_or(false),
            participants: c.lines("local_forum_participants", &self.local_forum_participants),
            description: c.text(
                "local_forum_description",
                &self.local_forum_description,
                LONG_TEXT_MAX,
            ),
        };
        let name = c.text(
            "representative_name",
            &self.representative_name,
            SHORT_TEXT_MAX,
        );
        c.details_need_choice(
            "representative_name",
            !name.is_empty(),
            &[
                &self.representative_mandate,
                &self.representative_share,
                &self.representative_contacts,
            ],
        );
        let rep = CountyGroupRepresentative {
            name,
            mandate: c.text(
                "representative_mandate",
                &self.representative_mandate,
                LONG_TEXT_MAX,
            ),
            share_percent: c.percent("representative_share", &self.representative_share),
            internal_contacts: c.text(
                "representative_contacts",
                &self.representative_contacts,
                LONG_TEXT_MAX,
            ),
        };
        Collaboration {
            local_forum: if forum_exists.is_some() {
                c.known(forum)
            } else {
                Fact::Unknown
            },
            county_group_representative: if rep.name.is_empty() {
                Fact::Unknown
            } else {
                c.known(rep)
            },
        }
    }

    fn competence(&self, c: &mut Check<'_>) -> Competence {
        let mut pick = |i: usize| match c.choice(&format!("specialist.{i}"), &self.specialist[i]) {
            Some(v) => c.known(v),
            None => Fact::Unknown,
        };
        let specialist = SpecialistCompetences {
            perpetrator_treatment: pick(0),
            honour_violence: pick(1),
            lgbtq: pick(2),
            prostitution_trafficking: pick(3),
            men_exposed: pick(4),
            children: pick(5),
        };
        Competence {
            basic_training: c.optional_text("basic_training", &self.basic_training, LONG_TEXT_MAX),
            specialist,
            programmes: c.optional_lines("programmes", &self.programmes),
        }
    }

    fn agreements(&self, c: &mut Check<'_>) -> Agreements {
        let status: Option<RokStatus> = c.choice("rok_status", &self.rok_status);
        c.details_need_choice(
            "rok_status",
            status.is_some() || !self.rok_status.trim().is_empty(),
            &[
                &self.rok_date,
                &self.rok_body,
                &self.rok_reference,
                &self.rok_paragraph,
                &self.rok_identical,
                &self.rok_evidence,
            ],
        );
        let rok_date = c.date("rok_date", &self.rok_date);
        let (y, m, d) = ROK_APPROVED;
        if let Some(date) = rok_date
            && NaiveDate::from_ymd_opt(y, m, d).is_some_and(|approved| date < approved)
        {
            c.errors
                .add("rok_date", Message::new(k::FORM_ERROR_ROK_BEFORE_APPROVAL));
        }
        if matches!(status, Some(RokStatus::Adopted | RokStatus::Rejected))
            && self.rok_date.trim().is_empty()
        {
            c.errors
                .add("rok_date", Message::new(k::FORM_ERROR_ROK_DATE_MISSING));
        }
        let rok_body = c.text("rok_body", &self.rok_body, SHORT_TEXT_MAX);
        let rok_reference = c.text("rok_reference", &self.rok_reference, SHORT_TEXT_MAX);
        let rok_paragraph = c.text("rok_paragraph", &self.rok_paragraph, SHORT_TEXT_MAX);
        let rok_identical = c.yes_no("rok_identical", &self.rok_identical);
        if rok_identical.is_some() && status != Some(RokStatus::Adopted) {
            c.errors.add(
                "rok_identical",
                Message::new(k::FORM_ERROR_ROK_IDENTICAL_NOT_ADOPTED),
            );
        }
        let rok_evidence = c.evidence(EVIDENCE_FIELDS[0], &self.rok_evidence);
        let stage = c.choice("lok_stage", &self.lok_stage);
        c.details_need_choice(
            "lok_stage",
            stage.is_some() || !self.lok_stage.trim().is_empty(),
            &[&self.lok_date],
        );
        let lok_date = c.date("lok_date", &self.lok_date);
        Agreements {
            rok: match status {
                Some(status) => c.known(RokDecision {
                    body: rok_body,
                    reference: rok_reference,
                    paragraph: rok_paragraph,
                    identical: rok_identical,
                    evidence: rok_evidence,
                    ..RokDecision::reported(status, rok_date)
                }),
                None => Fact::Unknown,
            },
            lok: match stage {
                Some(stage) => c.known(LokStatus {
                    stage,
                    date: lok_date,
                }),
                None => Fact::Unknown,
            },
            lok_plan: self.lok_plan.validate(c),
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod fuzz;
