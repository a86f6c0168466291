/// Everyday English words that typo repair must leave alone even though they sit one letter
/// from a word the advisor listens for ("last" is not a typo for "east", nor "past" for
/// "pass"). The knowledge base knows the domain's words; these are the rest of ordinary chat.
enum CommonWords {
  static let words: Set<String> = Set(
    """
    older oldest younger elder grad grads graduated lets ugh
    torn tore worn wore sworn shed
    scared scary nervous worried anxious terrified afraid stressed freaking panicking
    about above across act action actually add added advice after again against age ago agree
    ahead air all allow almost alone along already also although always am among amount and
    another answer any anyone anything anyway appear apply are area around as ask asked at
    away back bad bag base basically be became because become been before began begin behind
    being believe below best better between big bit body book both bring brought build built
    but buy by call called came can care carry case cause certain chance change check child
    choose city class clear close cold come comes coming common company completely consider
    could couple course cover current cut dark data date day days deal decide deep did
    different do does doing done door down during each early easy eat else end enough even
    ever every everything exactly example expect face fact fair fall family far fast feel few
    field fight figure fill final finally find fine finish fire fit five follow food for form
    forward found four free friend from front full fun future gave get gets getting give given
    go goes going gone good got great group grow guess had half hand happen happened hard has
    have having he head hear heard help her here high him his hit hold home honestly hope hour
    house how however huge idea if important in into is issue it its itself job just keep kept
    kind knew know known large last late later least leave left less let level life like
    likely line list little live long look looked looking lose lost lot lots love low made make
    makes making man many matter may maybe me mean means meant meet mind mine minute miss
    moment money month more most mostly move much must my myself name near need needed needs
    never new next nice night no none nor not note now number of off often oh ok okay old on
    once one only open or order other others our out over own part past people per perhaps
    person pick place plan play point possible pretty probably problem put question quite
    rather read ready real really reason recent recently right room run said same saw say
    saying says see seem seems seen self send sent set several she short should show side
    since small so some someone something sometimes soon sorry sort sound start started state
    stay still stop story sure take taking talk tell than thank thanks that the their them
    then there these they thing things think thinks thinking this those though thought three
    through time
    times to today together told too took top toward tried true try trying turn two under
    until up upon us use used very want wanted wants was wait way we week weeks well went were
    what when where whether which while who whole why will wish with within without wonder
    word words work worked working world worry would write wrong year years yes yet you your
    yours yourself last lost list past post fast mast vast cast east west bet bets
    indian pakistani nigerian egyptian filipino mexican chinese iranian syrian lebanese
    jordanian russian ukrainian polish irish italian german spanish brazilian colombian
    venezuelan cuban haitian jamaican korean vietnamese japanese hindi urdu arabic bengali
    punjabi tamil telugu gujarati marathi farsi persian tagalog mandarin cantonese creole
    portuguese french
    """.split(whereSeparator: \.isWhitespace).map(String.init))
}
