// Written by scripts/train-relevance.py (make train-relevance): do not edit.

extension EventRelevance {
    static let threshold = 0.5
    static let bias = -1.981768
    static let weights: [Double] = [
        -1.294702,  // incident
        0.701273,  // armed_clash
        -0.075986,  // attack
        -1.229852,  // infiltration
        -0.960399,  // explosion_or_shelling
        0.270262,  // capture_or_abduction
        -1.372680,  // outpost_opened
        2.667383,  // other_measure
        -0.219803,  // deaths_log
        2.561479,  // has_deaths
        -0.464184,  // sides
        -0.396842,  // unknown_side
        0.491578,  // tolls_log
        0.291241,  // count_above_one
        1.444410,  // sentences_log
        0.000000,  // in_title
        -1.242054,  // first_position
        -0.370507,  // in_first_paragraph
        0.000000,  // title_only
        0.916425,  // date_day
        0.656656,  // date_week
        0.211477,  // date_month
        -1.682345,  // date_year
        -0.102213,  // undated
        0.015280,  // days_before_log
        -0.635529,  // before_window
        0.000000,  // after_publication
        -0.603526,  // relative
        -0.814993,  // dated_by_statement
        0.096971,  // recalled
        0.566279,  // earlier_killing
        -0.667277,  // told_as_another
        0.992059,  // same_place
        -0.994797,  // fought
        0.844813,  // names_border
        2.007207,  // article_names_border
        -0.241483,  // region_unresolved
        0.241483,  // place_named
        -1.111098,  // toll_conflict
        0.662772,  // toll_revised
        0.888443,  // toll_summed_by_party
        1.300050,  // side_inferred
        0.407500,  // background_nearby
        0.454474,  // type_uncertain
        -0.042875,  // cue_another
        0.646148,  // cue_earlier
        0.426866,  // cue_total
        0.715752,  // cue_said_claimed
        -0.181585,  // set_aside_share
        0.798619,  // events_log
        0.858383,  // first_event
        0.037698,  // same_month_others
        0.118631,  // more_deaths_same_month
        -0.187278,  // same_type_same_month
        1.150942,  // same_deaths_elsewhere
    ]
}
