/// Places people name when they say where they want to train, with the name to keep.
enum Gazetteer {
  /// The states (and Puerto Rico), by display name.
  static let states: [String] = [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee",
    "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin",
    "Wyoming", "Puerto Rico",
  ]

  /// Lower-case word sequences → display names. Multi-word names first wins by length.
  static let places: [String: String] = {
    var table: [String: String] = [:]
    let cities = [
      "Boston", "Worcester", "Springfield", "Lowell", "Brockton", "Cambridge", "Somerville",
      "Framingham", "Pittsfield", "Salem", "Lawrence", "Fall River", "New Bedford", "Burlington",
      "Cape Cod", "Providence", "Hartford", "New Haven", "New York City", "NYC", "Brooklyn",
      "Bronx", "Queens", "Manhattan", "Long Island", "Philadelphia", "Pittsburgh", "Baltimore",
      "Washington DC", "DC", "Chicago", "Detroit", "Cleveland", "Columbus", "Cincinnati",
      "Milwaukee", "Minneapolis", "St Louis", "Kansas City", "Atlanta", "Miami", "Orlando",
      "Tampa", "Jacksonville", "Nashville", "Memphis", "Charlotte", "Raleigh", "Richmond",
      "Houston", "Dallas", "Austin", "San Antonio", "El Paso", "Phoenix", "Tucson", "Denver",
      "Salt Lake City", "Las Vegas", "Los Angeles", "LA", "San Diego", "San Francisco",
      "Bay Area", "Sacramento", "Seattle", "Portland", "New Orleans", "Albany", "Buffalo",
      "Rochester", "Syracuse", "Newark", "Tulsa", "Oklahoma City", "Omaha", "Indianapolis",
      "Louisville", "Birmingham", "Honolulu", "Anchorage", "Spokane", "Tacoma", "Boise",
      "Albuquerque", "Fresno", "Oakland", "San Jose", "Lubbock", "Fort Worth", "Corpus Christi",
      "Little Rock", "Jackson", "Charleston", "Savannah", "Knoxville", "Lexington", "Dayton",
      "Toledo", "Akron", "Grand Rapids", "Madison", "Des Moines", "Wichita", "Reno",
      "Jersey City", "Hoboken", "Paterson", "Camden", "Trenton", "Stamford", "Bridgeport",
      "Yonkers", "Fort Lauderdale", "Baton Rouge", "Harrisburg", "Allentown", "Durham",
      "Hershey", "Evanston", "Oak Park", "Naperville", "Skokie", "Maywood", "Park Ridge",
      "Oak Lawn", "Joliet", "Rockford", "Peoria", "Champaign", "Green Bay", "La Crosse",
      "Augusta", "Macon", "Gainesville", "Tallahassee", "Pensacola", "Chattanooga", "Norfolk",
      "Roanoke", "Charlottesville", "Lansing", "Flint", "Iowa City", "Morgantown",
      "Galveston", "Scranton",
    ]
    let regions = [
      "New England", "Northeast", "the Northeast", "Midwest", "the Midwest", "South",
      "the South", "Southeast", "Southwest", "West Coast", "East Coast", "Pacific Northwest",
      "Mid Atlantic", "Tri State", "Great Lakes", "Sun Belt", "Rust Belt", "Mountain West",
      "Western Mass", "Central Mass", "North Shore", "South Shore", "Greater Boston",
      "Carolinas", "the Carolinas", "Dakotas", "Rio Grande Valley", "New England states",
      "Inland Empire", "Central Valley", "Texas Medical Center",
    ]
    for name in states + cities + regions {
      var key = name.lowercased()
      if key.hasPrefix("the ") { key.removeFirst(4) }
      table[key] = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
    }
    table["ma"] = "Massachusetts"
    table["mass"] = "Massachusetts"
    table["ny"] = "New York"
    table["nj"] = "New Jersey"
    // Two-letter state codes, read only in capitals ("NY, NJ, PA").
    let codes = [
      "pa": "Pennsylvania", "ca": "California", "tx": "Texas", "fl": "Florida", "il": "Illinois",
      "oh": "Ohio", "mi": "Michigan", "ga": "Georgia", "nc": "North Carolina", "ct": "Connecticut",
      "ri": "Rhode Island", "nh": "New Hampshire", "vt": "Vermont", "az": "Arizona",
      "co": "Colorado", "wa": "Washington", "nm": "New Mexico", "tn": "Tennessee",
      // Not "md", "va", "ut", "ms", "de", "al": a degree, the VA, UT Southwestern, a title.
      "sc": "South Carolina", "mo": "Missouri", "mn": "Minnesota", "wi": "Wisconsin",
      "ky": "Kentucky", "ar": "Arkansas", "ia": "Iowa", "ks": "Kansas", "nv": "Nevada",
      "wv": "West Virginia",
    ]
    table.merge(codes) { existing, _ in existing }
    table["ok"] = "Oklahoma"
    table["philly"] = "Philadelphia"
    table["chi"] = "Chicago"
    table["chitown"] = "Chicago"
    table["jersey"] = "New Jersey"
    table["nola"] = "New Orleans"
    table["okc"] = "Oklahoma City"
    table["slc"] = "Salt Lake City"
    table["stl"] = "St Louis"
    table["kc"] = "Kansas City"
    table["atx"] = "Austin"
    table["dfw"] = "Dallas"
    table["htx"] = "Houston"
    table["pnw"] = "Pacific Northwest"
    table["socal"] = "Southern California"
    table["norcal"] = "Northern California"
    return table
  }()

  /// The state each city of ``places`` is in, by display name ("Atlanta" is not in Florida).
  /// Names shared by cities of several states (Springfield, Rochester, Portland) are absent.
  static let stateOfCity: [String: String] = {
    let byState: [String: [String]] = [
      "Massachusetts": [
        "Boston", "Worcester", "Lowell", "Brockton", "Cambridge", "Somerville", "Framingham",
        "Pittsfield", "Fall River", "New Bedford", "Cape Cod",
      ],
      "Rhode Island": ["Providence"],
      "Connecticut": ["Hartford", "New Haven", "Stamford", "Bridgeport"],
      "New York": [
        "New York City", "NYC", "Brooklyn", "Bronx", "Queens", "Manhattan", "Long Island",
        "Buffalo", "Syracuse", "Yonkers",
      ],
      "Pennsylvania": [
        "Philadelphia", "Pittsburgh", "Harrisburg", "Allentown", "Hershey", "Scranton",
      ],
      "Maryland": ["Baltimore"],
      "Illinois": [
        "Chicago", "Evanston", "Oak Park", "Naperville", "Skokie", "Maywood", "Park Ridge",
        "Oak Lawn", "Joliet", "Rockford", "Peoria", "Champaign",
      ],
      "Michigan": ["Detroit", "Grand Rapids", "Lansing", "Flint"],
      "Ohio": ["Cleveland", "Columbus", "Cincinnati", "Dayton", "Toledo", "Akron"],
      "Wisconsin": ["Milwaukee", "Madison", "Green Bay", "La Crosse"],
      "Minnesota": ["Minneapolis"],
      "Missouri": ["St Louis"],
      "Georgia": ["Atlanta", "Savannah", "Augusta", "Macon"],
      "Florida": [
        "Miami", "Orlando", "Tampa", "Jacksonville", "Fort Lauderdale", "Gainesville",
        "Tallahassee", "Pensacola",
      ],
      "Tennessee": ["Nashville", "Memphis", "Knoxville", "Chattanooga"],
      "North Carolina": ["Charlotte", "Raleigh", "Durham"],
      "Virginia": ["Richmond", "Norfolk", "Roanoke", "Charlottesville"],
      "West Virginia": ["Morgantown"],
      "Texas": [
        "Houston", "Dallas", "Austin", "San Antonio", "El Paso", "Lubbock", "Fort Worth",
        "Corpus Christi", "Galveston",
      ],
      "Arizona": ["Phoenix", "Tucson"],
      "Colorado": ["Denver"],
      "Utah": ["Salt Lake City"],
      "Nevada": ["Las Vegas", "Reno"],
      "California": [
        "Los Angeles", "LA", "San Diego", "San Francisco", "Bay Area", "Sacramento", "Oakland",
        "San Jose", "Fresno",
      ],
      "Washington": ["Seattle", "Spokane", "Tacoma"],
      "Louisiana": ["New Orleans", "Baton Rouge"],
      "New Jersey": ["Newark", "Jersey City", "Hoboken", "Paterson", "Camden", "Trenton"],
      "Oklahoma": ["Tulsa", "Oklahoma City"],
      "Nebraska": ["Omaha"],
      "Indiana": ["Indianapolis"],
      "Kentucky": ["Louisville"],
      "Alabama": ["Birmingham"],
      "Hawaii": ["Honolulu"],
      "Alaska": ["Anchorage"],
      "Idaho": ["Boise"],
      "New Mexico": ["Albuquerque"],
      "Arkansas": ["Little Rock"],
      "Iowa": ["Des Moines", "Iowa City"],
      "Kansas": ["Wichita"],
    ]
    return Dictionary(
      byState.flatMap { state, cities in cities.map { ($0, state) } },
      uniquingKeysWith: { first, _ in first })
  }()

  /// The state a place is, or is in; nil for a region or a place the gazetteer cannot place.
  static func state(of place: String) -> String? {
    states.contains(place) ? place : stateOfCity[place]
  }

  /// The first word of every place's name: a word that starts none starts no place.
  static let firstWords = Set(places.keys.map { String($0.prefix { $0 != " " }) })

  /// Abbreviations that are also ordinary words: places only in capitals or when asked.
  static let riskyNames: Set<String> = [
    "ma", "mass", "la", "dc", "ny", "nj", "south", "maine", "salem", "georgia", "washington",
    "virginia", "providence", "phoenix", "buffalo", "rochester", "lawrence", "columbus", "richmond",
    "memphis", "austin", "charlotte", "portland", "springfield", "burlington", "cambridge",
    "birmingham", "pa", "ca", "tx", "fl", "il", "oh", "mi", "ga", "nc", "ct", "ri", "nh", "vt",
    "az", "co", "wa", "nm", "tn", "sc", "mo", "mn", "wi", "ky", "ar", "ia", "ks", "nv", "wv",
    "chi",
  ]

  /// Words that narrow an openness to the place after them ("everywhere in tx").
  static let narrowingLeads: [[String]] = [
    ["anywhere", "in"], ["everywhere", "in"], ["all", "over"], ["anywhere", "within"],
  ]

  /// Risky names that count outright after "the" ("anywhere in the south", "texas or the south").
  static let namesAfterThe: Set<String> = ["south"]

  /// Codes that are places only listed beside another place ("tx or ok"); alone, "ok" is okay.
  static let listedOnly: Set<String> = ["ok"]
  /// Whether a word alone names a place, codes read only in lists apart ("ok").
  /// A city's short names, by the name they stand for ("LA" is Los Angeles).
  static let sameCity: [String: String] = [
    "LA": "Los Angeles", "NYC": "New York City", "DC": "Washington DC",
  ]

  /// The words before a place that say something is there ("for LA programs", "in Newark").
  static let placeLeads: Set<String> = ["for", "to", "at", "in"]

  /// A place's gazetteer name when it has one, else the name as given: what makes "mass" and
  /// "Massachusetts" one place.
  static func canonical(_ name: String) -> String { places[name.lowercased()] ?? name }

  /// A gazetteer name written out in full ("LA": Los Angeles), as a connection's place is kept.
  static func fullName(_ name: String) -> String { sameCity[name] ?? name }

  /// A place typed in lower case with the capitals of its name ("new york" → "New York"); a
  /// code, or a name typed otherwise, as typed ("tx" stays "tx").
  static func withCapitals(_ typed: String) -> String {
    places[typed].flatMap { $0.lowercased() == typed ? $0 : nil } ?? typed
  }

  static func isPlaceWord(_ word: String) -> Bool {
    places[word] != nil && !listedOnly.contains(word)
  }

  /// What joins such a code to the place beside it.
  static let listedOnlyJoiners: Set<String> = ["or", "and", "/"]

  /// Codes that in lower case are ordinary words, even when asked ("oh wait").
  static let neverLowercase: Set<String> = ["oh"]

  /// "No preference" answers.
  static let anywhere: Phrases = [
    "anywhere", "anywhere in the us", "anywhere in the country", "no preference", "wherever",
    "open to anywhere", "open to everywhere", "everywhere", "nationwide", "any state",
    "all over", "flexible on location", "location does not matter", "any location",
    "anywhere i can match", "no geographic preference", "do not care where",
    "does not matter where", "not picky about where", "not picky about location",
  ]
  /// Indifference that says "anywhere" only as the answer to where ("i dont care"); said
  /// otherwise it is about something else ("em is my backup, i dont care what u say").
  static let anywhereWhenAsked: Phrases = [
    "i do not care", "do not care", "does not matter", "doesnt matter", "not picky",
  ]
  /// What says "anywhere" as the answer to where.
  static let anywhereAsked = anywhere + anywhereWhenAsked
}
