//! Facts: what one announcement states, before any cross-document resolution.
//!
//! Produced by `extract::extract_document`, consumed by `graph::resolve`. Names
//! here are simplified canonical names within the document; surface forms are
//! kept for aliases. Every fact carries the `Evidence` sentence it came from.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::Arc;

/// The type of an organisation, from its name's suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgType {
    Hospital,
    HospitalGroup,
    Company,
    Association,
    Government,
    University,
    ResearchCenter,
    Media,
    Other,
}

impl OrgType {
    pub const ALL: [OrgType; 9] = [
        OrgType::Hospital,
        OrgType::HospitalGroup,
        OrgType::Company,
        OrgType::Association,
        OrgType::Government,
        OrgType::University,
        OrgType::ResearchCenter,
        OrgType::Media,
        OrgType::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgType::Hospital => "hospital",
            OrgType::HospitalGroup => "hospital_group",
            OrgType::Company => "company",
            OrgType::Association => "association",
            OrgType::Government => "government",
            OrgType::University => "university",
            OrgType::ResearchCenter => "research_center",
            OrgType::Media => "media",
            OrgType::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<OrgType> {
        OrgType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// What a title says of its holder's tie to the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoleRelation {
    Leads,
    ServesAt,
    AffiliatedWith,
    /// A courtesy such as 先生: marks a name, states no role.
    None,
}

impl RoleRelation {
    pub fn parse(s: &str) -> Option<RoleRelation> {
        match s {
            "leads" => Some(RoleRelation::Leads),
            "serves_at" => Some(RoleRelation::ServesAt),
            "affiliated_with" => Some(RoleRelation::AffiliatedWith),
            "none" => Some(RoleRelation::None),
            _ => None,
        }
    }

    /// The graph relation, if the title states one.
    pub fn relation(self) -> Option<Relation> {
        match self {
            RoleRelation::Leads => Some(Relation::Leads),
            RoleRelation::ServesAt => Some(Relation::ServesAt),
            RoleRelation::AffiliatedWith => Some(Relation::AffiliatedWith),
            RoleRelation::None => None,
        }
    }
}

/// The relation vocabulary of the graph (see SCHEMA.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Leads,
    ServesAt,
    AffiliatedWith,
    PartyTo,
    SignedWith,
    Signed,
    WitnessedBy,
    HostedBy,
    CoordinatedBy,
    PartOf,
    MemberOf,
}

impl Relation {
    pub const ALL: [Relation; 11] = [
        Relation::Leads,
        Relation::ServesAt,
        Relation::AffiliatedWith,
        Relation::PartyTo,
        Relation::SignedWith,
        Relation::Signed,
        Relation::WitnessedBy,
        Relation::HostedBy,
        Relation::CoordinatedBy,
        Relation::PartOf,
        Relation::MemberOf,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Leads => "leads",
            Relation::ServesAt => "serves_at",
            Relation::AffiliatedWith => "affiliated_with",
            Relation::PartyTo => "party_to",
            Relation::SignedWith => "signed_with",
            Relation::Signed => "signed",
            Relation::WitnessedBy => "witnessed_by",
            Relation::HostedBy => "hosted_by",
            Relation::CoordinatedBy => "coordinated_by",
            Relation::PartOf => "part_of",
            Relation::MemberOf => "member_of",
        }
    }

    pub fn parse(s: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// How a role relation ranks when one person holds several titles at one body.
    pub fn role_rank(self) -> u8 {
        match self {
            Relation::Leads => 3,
            Relation::ServesAt => 2,
            Relation::AffiliatedWith => 1,
            _ => 0,
        }
    }

    /// Reading of the edge from its source (`leads`) and from its target (`led by`).
    pub fn phrases(self) -> (&'static str, &'static str) {
        match self {
            Relation::Leads => ("leads", "led by"),
            Relation::ServesAt => ("serves at", "has on its staff"),
            Relation::AffiliatedWith => ("affiliated with", "has affiliated"),
            Relation::PartyTo => ("party to", "has party"),
            Relation::SignedWith => ("signed with", "signed with"),
            Relation::Signed => ("signed", "signed by"),
            Relation::WitnessedBy => ("witnessed by", "witnessed"),
            Relation::HostedBy => ("hosted by", "hosted"),
            Relation::CoordinatedBy => ("coordinated by", "coordinated"),
            Relation::PartOf => ("part of", "has part"),
            Relation::MemberOf => ("member of", "has member"),
        }
    }
}

/// Where a fact was read: the document and the sentence as published. Shared,
/// not copied: one sentence is cited by many facts, nodes and edges.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub doc: Arc<str>,
    pub text: Arc<str>,
}

/// What joins a body's name written with no place (市人民政府, 县人民医院: the
/// city or county is the announcement's own, never named) to the document it
/// is read in, so that it is no body another announcement names alike. No name
/// holds it; `shown` gives the name a reader sees.
pub const LOCAL: char = '#';

/// Is `name` a body's name with no place: does it open with a bare unit
/// (市人民政府, 县人民医院, 区卫生健康局, 镇政府)?
pub fn placeless(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('省' | '市' | '县' | '区' | '镇' | '乡')) && chars.next().is_some()
}

/// The name a reader sees: without the document a placeless name is scoped to.
pub fn shown(name: &str) -> &str {
    name.split_once(LOCAL).map_or(name, |(n, _)| n)
}

/// An organisation named in the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgFact {
    pub name: String,
    pub org_type: OrgType,
    pub surfaces: BTreeSet<String>,
}

/// A person named in the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonFact {
    pub name: String,
    pub surfaces: BTreeSet<String>,
}

/// A person's role at an organisation (`leads`, `serves_at`, `affiliated_with`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleFact {
    pub person: String,
    pub org: String,
    pub relation: Relation,
    pub titles: Vec<String>,
    pub evidence: Evidence,
}

/// A relation between two organisations (`part_of`, `member_of`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkFact {
    pub from: String,
    pub relation: Relation,
    pub to: String,
    pub evidence: Evidence,
}

/// Someone or some body that took part in an agreement, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub relation: Relation,
    pub name: String,
    pub evidence: Evidence,
}

/// An agreement between two or more parties.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementFact {
    pub parties: BTreeSet<String>,
    /// `YYYY-MM-DD`, or `--MM-DD` when the year is not stated.
    pub date: Option<String>,
    pub title: String,
    pub participants: Vec<Participant>,
    pub evidence: Vec<Evidence>,
}

/// Everything read from one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocFacts {
    pub doc: String,
    pub orgs: Vec<OrgFact>,
    pub persons: Vec<PersonFact>,
    pub roles: Vec<RoleFact>,
    pub links: Vec<LinkFact>,
    pub agreements: Vec<AgreementFact>,
}
