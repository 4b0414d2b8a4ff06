// Written by scripts/train-relevance.py (make train-relevance): do not edit.

extension EventRelevance {
    static let threshold = 0.5
    static let bias = -2.193760
    static let weights: [Double] = [
        -1.376537,  // incident
        0.582795,  // armed_clash
        -0.044675,  // attack
        -1.314231,  // infiltration
        -0.774520,  // explosion_or_shelling
        0.174094,  // capture_or_abduction
        -1.319451,  // outpost_opened
        2.695988,  // other_measure
        -0.230434,  // deaths_log
        2.393170,  // has_deaths
        -0.872592,  // sides
        -0.886136,  // unknown_side
        1.284807,  // tolls_log
        0.465787,  // count_above_one
        1.522624,  // sentences_log
        0.000000,  // in_title
        -1.291252,  // first_position
        -0.533464,  // in_first_paragraph
        0.000000,  // title_only
        0.961160,  // date_day
        0.828225,  // date_week
        0.168122,  // date_month
        -1.729165,  // date_year
        -0.228342,  // undated
        0.456126,  // days_before_log
        -0.596397,  // before_window
        0.000000,  // after_publication
        -0.704253,  // relative
        -0.707497,  // dated_by_statement
        0.329845,  // recalled
        0.636244,  // earlier_killing
        -0.672039,  // told_as_another
        1.090061,  // same_place
        -0.910924,  // fought
        0.844860,  // names_border
        1.919469,  // article_names_border
        -0.149873,  // region_unresolved
        0.149873,  // place_named
        -1.031340,  // toll_conflict
        0.823167,  // toll_revised
        0.920524,  // toll_summed_by_party
        1.171200,  // side_inferred
        0.309388,  // background_nearby
        0.458517,  // type_uncertain
        -0.079829,  // cue_another
        0.631853,  // cue_earlier
        0.186200,  // cue_total
        0.621675,  // cue_said_claimed
        -0.369362,  // set_aside_share
        0.989237,  // events_log
        1.080056,  // first_event
        0.085439,  // same_month_others
        0.073778,  // more_deaths_same_month
        -0.094104,  // same_type_same_month
        1.364601,  // same_deaths_elsewhere
    ]
}
