// Written by scripts/train-relevance.py (make train-relevance): do not edit.

extension EventRelevance {
    static let threshold = 0.5
    static let bias = -1.932327
    static let weights: [Double] = [
        -1.359169,  // incident
        0.503982,  // armed_clash
        -0.014006,  // attack
        -1.266390,  // infiltration
        -0.701059,  // explosion_or_shelling
        0.118304,  // capture_or_abduction
        -1.306998,  // outpost_opened
        2.666167,  // other_measure
        -0.188484,  // deaths_log
        2.364788,  // has_deaths
        -0.630326,  // sides
        -0.797528,  // unknown_side
        0.825582,  // tolls_log
        0.154836,  // count_above_one
        1.344042,  // sentences_log
        0.000000,  // in_title
        -1.382110,  // first_position
        -0.569901,  // in_first_paragraph
        0.807932,  // title_only
        0.933204,  // date_day
        0.814847,  // date_week
        0.223153,  // date_month
        -1.745930,  // date_year
        -0.225274,  // undated
        0.639443,  // days_before_log
        -0.836616,  // before_window
        0.000000,  // after_publication
        -0.631650,  // relative
        -0.604264,  // dated_by_statement
        0.330817,  // recalled
        0.700917,  // earlier_killing
        -0.692484,  // told_as_another
        1.143440,  // same_place
        -0.776652,  // fought
        0.914232,  // names_border
        1.864406,  // article_names_border
        -0.144705,  // region_unresolved
        0.144705,  // place_named
        -0.849738,  // toll_conflict
        0.937069,  // toll_revised
        0.950660,  // toll_summed_by_party
        1.223189,  // side_inferred
        0.326085,  // background_nearby
        0.348330,  // type_uncertain
        -0.088227,  // cue_another
        0.523597,  // cue_earlier
        0.252136,  // cue_total
        0.736465,  // cue_said_claimed
        -0.523765,  // set_aside_share
        0.939420,  // events_log
        1.012247,  // first_event
        -0.124426,  // same_month_others
        0.212246,  // more_deaths_same_month
        -0.049565,  // same_type_same_month
        1.416352,  // same_deaths_elsewhere
    ]
}
