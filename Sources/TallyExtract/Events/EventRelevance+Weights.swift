// Written by scripts/train-relevance.py (make train-relevance): do not edit.

extension EventRelevance {
    static let threshold = 0.5
    static let bias = -2.171067
    static let weights: [Double] = [
        -1.280855,  // incident
        0.541996,  // armed_clash
        -0.046533,  // attack
        -1.196921,  // infiltration
        -0.679339,  // explosion_or_shelling
        0.099943,  // capture_or_abduction
        -1.475218,  // outpost_opened
        2.756073,  // other_measure
        -0.175570,  // deaths_log
        2.169947,  // has_deaths
        -0.635129,  // sides
        -0.703143,  // unknown_side
        0.931500,  // tolls_log
        0.434799,  // count_above_one
        1.447546,  // sentences_log
        0.000000,  // in_title
        -1.638131,  // first_position
        -0.562321,  // in_first_paragraph
        0.758811,  // title_only
        0.966269,  // date_day
        0.783412,  // date_week
        0.222895,  // date_month
        -1.792289,  // date_year
        -0.180287,  // undated
        0.886879,  // days_before_log
        -0.771050,  // before_window
        0.000000,  // after_publication
        -0.455095,  // relative
        -0.633137,  // dated_by_statement
        0.743152,  // recalled
        0.692594,  // earlier_killing
        -0.716184,  // told_as_another
        1.169668,  // same_place
        -0.948451,  // fought
        0.885959,  // names_border
        2.012094,  // article_names_border
        -0.132429,  // region_unresolved
        0.132429,  // place_named
        -0.827061,  // toll_conflict
        0.841139,  // toll_revised
        0.929687,  // toll_summed_by_party
        0.821424,  // side_inferred
        0.303690,  // background_nearby
        0.402967,  // type_uncertain
        -0.111581,  // cue_another
        0.567364,  // cue_earlier
        0.208977,  // cue_total
        0.712011,  // cue_said_claimed
        -0.549507,  // set_aside_share
        0.900364,  // events_log
        0.971176,  // first_event
        -0.067996,  // same_month_others
        0.098304,  // more_deaths_same_month
        -0.007307,  // same_type_same_month
        1.404189,  // same_deaths_elsewhere
    ]
}
