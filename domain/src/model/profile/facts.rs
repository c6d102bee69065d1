//! Every value of a profile, listed once with the key revisions name it by.

use super::Profile;
use crate::model::fact::AnyFact;

/// Lists every value of a profile once, with the key revisions name it by, for the two
/// views of the list below.
macro_rules! facts {
    ($($key:literal => $($field:ident).+;)*) => {
        impl Profile {
            /// Every value with its key (`governance.decision`), in the order of the form.
            pub fn facts(&self) -> Vec<(&'static str, &dyn AnyFact)> {
                vec![$(($key, &self.$($field).+ as &dyn AnyFact)),*]
            }

            /// Every value with its key, to change in place.
            pub fn facts_mut(&mut self) -> Vec<(&'static str, &mut dyn AnyFact)> {
                vec![$(($key, &mut self.$($field).+ as &mut dyn AnyFact)),*]
            }
        }
    };
}

facts! {
    "governance.decision" => governance.decision;
    "governance.policy_documents" => governance.policy_documents;
    "governance.shared_view" => governance.shared_view;
    "governance.follow_up" => governance.follow_up;
    "work.coordinators" => work.coordinators;
    "work.cooperation_agreement" => work.cooperation_agreement;
    "work.placement" => work.placement;
    "work.teams" => work.teams;
    "collaboration.local_forum" => collaboration.local_forum;
    "collaboration.county_group_representative" => collaboration.county_group_representative;
    "competence.basic_training" => competence.basic_training;
    "competence.specialist.perpetrator_treatment" => competence.specialist.perpetrator_treatment;
    "competence.specialist.honour_violence" => competence.specialist.honour_violence;
    "competence.specialist.lgbtq" => competence.specialist.lgbtq;
    "competence.specialist.prostitution_trafficking" => competence.specialist.prostitution_trafficking;
    "competence.specialist.men_exposed" => competence.specialist.men_exposed;
    "competence.specialist.children" => competence.specialist.children;
    "competence.programmes" => competence.programmes;
    "reflections.successes" => reflections.successes;
    "reflections.gaps" => reflections.gaps;
    "reflections.needs" => reflections.needs;
    "reflections.vision" => reflections.vision;
    "agreements.rok" => agreements.rok;
    "agreements.lok" => agreements.lok;
    "support" => support;
}
