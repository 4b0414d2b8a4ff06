// Written by scripts/train-relevance.py (make train-relevance): do not edit.

extension EventRelevance {
    static let threshold = 0.5
    static let bias = -2.166077
    static let weights: [Double] = [
        -1.294731,  // incident
        0.516575,  // armed_clash
        -0.027747,  // attack
        -1.182736,  // infiltration
        -0.737517,  // explosion_or_shelling
        0.136694,  // capture_or_abduction
        -1.426918,  // outpost_opened
        2.721649,  // other_measure
        -0.190828,  // deaths_log
        2.414728,  // has_deaths
        -0.671774,  // sides
        -0.785037,  // unknown_side
        0.812787,  // tolls_log
        0.237613,  // count_above_one
        1.418877,  // sentences_log
        0.000000,  // in_title
        -1.444839,  // first_position
        -0.493451,  // in_first_paragraph
        0.829647,  // title_only
        0.962573,  // date_day
        0.798904,  // date_week
        0.180686,  // date_month
        -1.722995,  // date_year
        -0.219168,  // undated
        0.845179,  // days_before_log
        -0.753566,  // before_window
        0.000000,  // after_publication
        -0.578268,  // relative
        -0.623857,  // dated_by_statement
        0.288118,  // recalled
        0.685552,  // earlier_killing
        -0.590482,  // told_as_another
        1.113154,  // same_place
        -0.862046,  // fought
        0.863885,  // names_border
        1.928817,  // article_names_border
        -0.158256,  // region_unresolved
        0.158256,  // place_named
        -0.802046,  // toll_conflict
        0.916436,  // toll_revised
        0.932730,  // toll_summed_by_party
        1.210002,  // side_inferred
        0.359219,  // background_nearby
        0.332420,  // type_uncertain
        -0.028490,  // cue_another
        0.481025,  // cue_earlier
        0.203863,  // cue_total
        0.713849,  // cue_said_claimed
        -0.608304,  // set_aside_share
        0.937175,  // events_log
        1.004320,  // first_event
        -0.168008,  // same_month_others
        0.198207,  // more_deaths_same_month
        0.029081,  // same_type_same_month
        1.408513,  // same_deaths_elsewhere
    ]
}
