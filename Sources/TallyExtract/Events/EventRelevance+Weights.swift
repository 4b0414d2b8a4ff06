// Written by scripts/train-relevance.py (make train-relevance): do not edit.

extension EventRelevance {
    static let threshold = 0.5
    static let bias = -1.811114
    static let weights: [Double] = [
        -1.266355,  // incident
        0.703403,  // armed_clash
        -0.045668,  // attack
        -1.249005,  // infiltration
        -0.966946,  // explosion_or_shelling
        0.291861,  // capture_or_abduction
        -1.365696,  // outpost_opened
        2.632050,  // other_measure
        -0.237371,  // deaths_log
        2.569750,  // has_deaths
        -0.469292,  // sides
        -0.399873,  // unknown_side
        0.479266,  // tolls_log
        0.264092,  // count_above_one
        1.499288,  // sentences_log
        0.000000,  // in_title
        -1.315508,  // first_position
        -0.465604,  // in_first_paragraph
        0.000000,  // title_only
        0.875307,  // date_day
        0.588109,  // date_week
        0.183019,  // date_month
        -1.589250,  // date_year
        -0.057185,  // undated
        -0.028902,  // days_before_log
        -0.635807,  // before_window
        0.000000,  // after_publication
        -0.601627,  // relative
        -0.801533,  // dated_by_statement
        0.094334,  // recalled
        0.522836,  // earlier_killing
        -0.756457,  // told_as_another
        0.958372,  // same_place
        -1.014634,  // fought
        0.884517,  // names_border
        1.952905,  // article_names_border
        -0.254768,  // region_unresolved
        0.254768,  // place_named
        -1.088596,  // toll_conflict
        0.677418,  // toll_revised
        0.910352,  // toll_summed_by_party
        1.332876,  // side_inferred
        0.408002,  // background_nearby
        0.429931,  // type_uncertain
        -0.015754,  // cue_another
        0.645243,  // cue_earlier
        0.261813,  // cue_total
        0.704362,  // cue_said_claimed
        -0.158514,  // set_aside_share
        0.755612,  // events_log
        0.764862,  // first_event
        0.089127,  // same_month_others
        0.054850,  // more_deaths_same_month
        -0.211105,  // same_type_same_month
        1.147113,  // same_deaths_elsewhere
    ]
}
