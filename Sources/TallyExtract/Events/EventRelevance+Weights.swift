// Written by scripts/train-relevance.py (make train-relevance): do not edit.

extension EventRelevance {
    static let threshold = 0.5
    static let bias = -2.187204
    static let weights: [Double] = [
        -1.343671,  // incident
        0.566351,  // armed_clash
        -0.043006,  // attack
        -1.316156,  // infiltration
        -0.810879,  // explosion_or_shelling
        0.260018,  // capture_or_abduction
        -1.362203,  // outpost_opened
        2.705874,  // other_measure
        -0.232907,  // deaths_log
        2.382959,  // has_deaths
        -0.853740,  // sides
        -0.943721,  // unknown_side
        1.267331,  // tolls_log
        0.309398,  // count_above_one
        1.433856,  // sentences_log
        0.000000,  // in_title
        -1.316524,  // first_position
        -0.450621,  // in_first_paragraph
        0.000000,  // title_only
        1.012242,  // date_day
        0.830286,  // date_week
        0.210177,  // date_month
        -1.856858,  // date_year
        -0.195847,  // undated
        0.490506,  // days_before_log
        -0.558576,  // before_window
        0.000000,  // after_publication
        -0.688591,  // relative
        -0.698593,  // dated_by_statement
        0.236805,  // recalled
        0.571361,  // earlier_killing
        -0.637809,  // told_as_another
        1.096683,  // same_place
        -0.914653,  // fought
        0.779361,  // names_border
        2.027602,  // article_names_border
        -0.160082,  // region_unresolved
        0.160082,  // place_named
        -1.056169,  // toll_conflict
        0.842787,  // toll_revised
        0.928428,  // toll_summed_by_party
        1.220592,  // side_inferred
        0.297102,  // background_nearby
        0.444324,  // type_uncertain
        -0.089859,  // cue_another
        0.610523,  // cue_earlier
        0.547653,  // cue_total
        0.607991,  // cue_said_claimed
        -0.395860,  // set_aside_share
        0.881846,  // events_log
        1.076829,  // first_event
        0.095531,  // same_month_others
        0.081090,  // more_deaths_same_month
        -0.100470,  // same_type_same_month
        1.371867,  // same_deaths_elsewhere
    ]
}
