// Written by scripts/train-relevance.py (make train-relevance): do not edit.

extension EventRelevance {
    static let threshold = 0.5
    static let bias = -2.071383
    static let weights: [Double] = [
        -1.296124,  // incident
        0.491094,  // armed_clash
        0.002336,  // attack
        -1.183247,  // infiltration
        -0.681718,  // explosion_or_shelling
        0.075410,  // capture_or_abduction
        -1.441681,  // outpost_opened
        2.737805,  // other_measure
        -0.189743,  // deaths_log
        2.127869,  // has_deaths
        -0.636230,  // sides
        -0.669469,  // unknown_side
        0.932781,  // tolls_log
        0.296049,  // count_above_one
        1.395137,  // sentences_log
        0.000000,  // in_title
        -1.565969,  // first_position
        -0.574592,  // in_first_paragraph
        0.765610,  // title_only
        0.988365,  // date_day
        0.774516,  // date_week
        0.195841,  // date_month
        -1.777863,  // date_year
        -0.180860,  // undated
        0.915881,  // days_before_log
        -0.816793,  // before_window
        0.000000,  // after_publication
        -0.478439,  // relative
        -0.660584,  // dated_by_statement
        0.753164,  // recalled
        0.711914,  // earlier_killing
        -0.722152,  // told_as_another
        1.162018,  // same_place
        -0.817719,  // fought
        0.840493,  // names_border
        1.968424,  // article_names_border
        -0.133599,  // region_unresolved
        0.133599,  // place_named
        -0.807280,  // toll_conflict
        0.883088,  // toll_revised
        0.905843,  // toll_summed_by_party
        0.852874,  // side_inferred
        0.333338,  // background_nearby
        0.386180,  // type_uncertain
        -0.120203,  // cue_another
        0.552340,  // cue_earlier
        0.199621,  // cue_total
        0.692146,  // cue_said_claimed
        -0.614208,  // set_aside_share
        0.877908,  // events_log
        1.012297,  // first_event
        -0.086644,  // same_month_others
        0.091023,  // more_deaths_same_month
        -0.011867,  // same_type_same_month
        1.421777,  // same_deaths_elsewhere
    ]
}
