// Written by scripts/train-relevance.py (make train-relevance): do not edit.

extension EventRelevance {
    static let threshold = 0.5
    static let bias = -1.956391
    static let weights: [Double] = [
        -1.289556,  // incident
        0.693896,  // armed_clash
        -0.063659,  // attack
        -1.227098,  // infiltration
        -0.958299,  // explosion_or_shelling
        0.265604,  // capture_or_abduction
        -1.382422,  // outpost_opened
        2.671977,  // other_measure
        -0.310193,  // deaths_log
        2.641479,  // has_deaths
        -0.446939,  // sides
        -0.486457,  // unknown_side
        0.548255,  // tolls_log
        0.316543,  // count_above_one
        1.467793,  // sentences_log
        0.000000,  // in_title
        -1.215676,  // first_position
        -0.334309,  // in_first_paragraph
        0.000000,  // title_only
        0.860278,  // date_day
        0.698525,  // date_week
        0.147714,  // date_month
        -1.542471,  // date_year
        -0.164045,  // undated
        0.041406,  // days_before_log
        -0.555088,  // before_window
        0.000000,  // after_publication
        -0.638226,  // relative
        -0.774479,  // dated_by_statement
        0.099165,  // recalled
        0.555612,  // earlier_killing
        -0.608050,  // told_as_another
        0.998673,  // same_place
        -1.011136,  // fought
        0.859045,  // names_border
        1.890541,  // article_names_border
        -0.248818,  // region_unresolved
        0.248818,  // place_named
        -0.911803,  // toll_conflict
        0.696666,  // toll_revised
        0.951709,  // toll_summed_by_party
        1.265301,  // side_inferred
        0.417181,  // background_nearby
        0.469597,  // type_uncertain
        -0.035181,  // cue_another
        0.636681,  // cue_earlier
        0.127755,  // cue_total
        0.628829,  // cue_said_claimed
        -0.243857,  // set_aside_share
        0.878154,  // events_log
        0.902719,  // first_event
        0.010058,  // same_month_others
        0.153055,  // more_deaths_same_month
        -0.246425,  // same_type_same_month
        1.168583,  // same_deaths_elsewhere
    ]
}
