// Written by scripts/train-relevance.py (make train-relevance): do not edit.

extension EventRelevance {
    static let threshold = 0.5
    static let bias = -2.114550
    static let weights: [Double] = [
        -1.292080,  // incident
        0.528685,  // armed_clash
        0.004159,  // attack
        -1.189923,  // infiltration
        -0.715785,  // explosion_or_shelling
        0.080784,  // capture_or_abduction
        -1.431466,  // outpost_opened
        2.723545,  // other_measure
        -0.184066,  // deaths_log
        2.160317,  // has_deaths
        -0.629273,  // sides
        -0.690688,  // unknown_side
        0.888318,  // tolls_log
        0.296295,  // count_above_one
        1.409400,  // sentences_log
        0.000000,  // in_title
        -1.498477,  // first_position
        -0.561011,  // in_first_paragraph
        0.786928,  // title_only
        0.999729,  // date_day
        0.796130,  // date_week
        0.174581,  // date_month
        -1.763511,  // date_year
        -0.206930,  // undated
        0.902089,  // days_before_log
        -0.799852,  // before_window
        0.000000,  // after_publication
        -0.523759,  // relative
        -0.643540,  // dated_by_statement
        0.429025,  // recalled
        0.727636,  // earlier_killing
        -0.699638,  // told_as_another
        1.143779,  // same_place
        -0.829754,  // fought
        0.841682,  // names_border
        1.950796,  // article_names_border
        -0.140983,  // region_unresolved
        0.140983,  // place_named
        -0.786518,  // toll_conflict
        0.896025,  // toll_revised
        0.910511,  // toll_summed_by_party
        0.879239,  // side_inferred
        0.345561,  // background_nearby
        0.366937,  // type_uncertain
        -0.056839,  // cue_another
        0.544917,  // cue_earlier
        0.200633,  // cue_total
        0.694386,  // cue_said_claimed
        -0.602945,  // set_aside_share
        0.883735,  // events_log
        1.015888,  // first_event
        -0.049906,  // same_month_others
        0.079162,  // more_deaths_same_month
        -0.078140,  // same_type_same_month
        1.418429,  // same_deaths_elsewhere
    ]
}
