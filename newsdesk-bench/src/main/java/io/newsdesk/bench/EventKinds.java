package io.newsdesk.bench;

import io.newsdesk.bench.EventKind.FigureRange;
import java.util.List;

/**
 * The kinds of event the generator writes about. All text here was written for newsdesk and is invented.
 *
 * <p>{@code [a|b]} is a choice made once per event, so that all reports of one event share their wording
 * while two floods a week apart read differently, as they do in real coverage. {@code {area}} and
 * {@code {site}} are invented local names drawn per event: a district, and a factory, bridge, square or
 * similar, named the way local reporting names them.
 */
final class EventKinds {

  private EventKinds() {}

  static final List<EventKind> ALL = List.of(
      new EventKind("flood",
          List.of("{Place} counts its dead after [overnight|flash|deadly] floods",
              "Floods kill {dead} in {place}, [thousands|hundreds] [forced from their homes|displaced]",
              "[Flash floods|Floodwater] [swamp|inundate] {area} as rescuers search for the missing",
              "Rising [water|river] cuts off {area} district of {place}"),
          List.of("[Torrential|Heavy|Relentless] rain that began late on {weekday} sent floodwater [surging|pouring] "
                  + "through the {area} district of {place}, [sweeping away cars|washing away market stalls] and "
                  + "cutting power to [tens of thousands of homes|much of the city], {authority} said.",
              "Rescue teams were still searching for at least {missing} people reported missing near the "
                  + "{site} [river|canal|wadi] on {weekday} morning, {authority} said.",
              "The [weather service|meteorological office] said {rain} millimetres of rain fell in less than "
                  + "[twelve|ten|eight] hours, more than {place} usually sees in [two|three] months."),
          List.of("Residents of {area} in {place} spent {weekday} [wading through streets turned into brown rivers|"
                  + "bailing water out of their homes], salvaging what they could from [flooded homes and shops|"
                  + "ruined ground-floor flats].",
              "Floods have killed at least {dead} people in {place}, {country}, after [a night|two days] of "
                  + "[torrential|heavy] rain, officials said.",
              "The death toll from [flash floods|flooding] in {place} rose to {dead+} on {weekday}, according to "
                  + "{authority2}."),
          List.of("At least {dead} people were killed and {missing} were still missing, according to {authority}.",
              "More than {evacuated} people were [evacuated from|moved out of] {area} and neighbouring districts, "
                  + "{authority2} said.",
              "{Authority2} put the number of [damaged|flooded] homes at more than {homes}.",
              "Power was cut to large parts of {place} and the [main road to the airport|coastal highway] "
                  + "[stayed|remained] closed on {weekday}.",
              "[Schools|Mosques and schools] in {area} were turned into shelters, and volunteers with "
                  + "[small fishing boats|tractors] ferried elderly residents to dry ground.",
              "The government said it had sent [pumps, boats and generators|army engineers and rescue boats] to "
                  + "{place}, but residents said help was slow to arrive.",
              "About {sheltered} people spent the night in the {site} [sports hall|stadium|exhibition centre], "
                  + "which has been turned into a shelter, {official} said.",
              "The {site} [river|canal] burst its banks [shortly after midnight|before dawn], witnesses said.",
              "Water in parts of {area} was more than [a metre|two metres] deep by {weekday} afternoon."),
          List.of("We have asked for pumps, boats and generators, and what we have is not enough",
              "The water came up to our chests in a few minutes and we could only save the children",
              "Every family in {area} has lost something [tonight|this week]",
              "We will clear the drainage canals that failed, and we will do it this year"),
          List.of("{Place} has flooded [three|four] times in the past decade, and engineers have long warned that "
                  + "its drainage canals are blocked with silt and rubbish.",
              "Many of the worst-hit homes in {area} were built on the flood plain without permits, local "
                  + "officials said.",
              "Aid groups said clean water and medicine were the most urgent needs in {place}.",
              "The {site} [river|canal] was last dredged [a decade ago|in the 1990s], according to city records."),
          List.of(new FigureRange("dead", 3, 60, 1), new FigureRange("missing", 2, 25, 1),
              new FigureRange("evacuated", 400, 25000, 100), new FigureRange("homes", 150, 6000, 10),
              new FigureRange("rain", 80, 320, 1), new FigureRange("sheltered", 200, 3000, 50)),
          List.of("the civil defence authority", "the Red Crescent", "the interior ministry",
              "the national disaster agency"),
          List.of("head of the municipal council", "the regional governor", "a spokesman for the civil defence"),
          List.of("a rescue volunteer", "a shopkeeper in the old market", "a father of four",
              "a teacher whose school became a shelter")),

      new EventKind("factory-fire",
          List.of("Fire at {site} [garment|textile] factory in {place} kills {dead}",
              "Families wait for news after [deadly|fatal] {site} factory fire",
              "{Place} factory blaze: questions over [locked exits|blocked stairwells]",
              "[Deadly|Fierce] fire tears through {site} factory in {area}"),
          List.of("A fire tore through the [four|five|six]-storey {site} [garment|textile|knitwear] factory in the "
                  + "{area} industrial zone of {place} late on {weekday}, killing at least {dead} workers, "
                  + "fire service officials said.",
              "The blaze started on the [ground floor|second floor], where [rolls of fabric|bales of yarn] were "
                  + "stored, and spread quickly up the building's only stairwell, witnesses said.",
              "It took {engines} fire engines more than [five|six|seven] hours to bring the fire at {site} under "
                  + "control, the fire service said."),
          List.of("Relatives gathered outside the [hospital morgue|district hospital] in {place} on {weekday}, "
                  + "waiting for news of {site} workers still unaccounted for.",
              "Police in {place} said {dead+} people died in the fire at the {site} factory, as questions grew over "
                  + "whether the exits had been locked.",
              "The owner of the {site} factory in {area}, where a fire killed at least {dead} workers, was "
                  + "[questioned|detained] by police on {weekday}, according to {authority2}."),
          List.of("About {workers} people were working on the [night|evening] shift at {site} when the fire broke "
                  + "out, {authority} said.",
              "At least {injured} workers were treated in hospital for [burns and smoke inhalation|burns and broken "
                  + "bones], according to {authority2}.",
              "Several survivors said the gate at the bottom of the stairwell was locked, forcing workers to jump "
                  + "from windows on the upper floors.",
              "The {site} factory made [shirts and jackets|sweaters and children's clothes] for export, and its "
                  + "owner could not be reached for comment.",
              "{Authority2} said an inquiry committee would report within {days} days.",
              "The labour ministry said the {site} building had failed a safety inspection [last year|in the spring].",
              "Garment workers' unions called for a protest in {area} on the weekend.",
              "Neighbours in {area} said they had complained about fabric stored in the stairwell."),
          List.of("Who locks a door in a factory full of people",
              "We are checking every permit this building was given and every inspection it passed",
              "My sister called me from the third floor and then the line went dead",
              "Those responsible for the locked exits [will face the law|will be punished]"),
          List.of("The garment industry is {country}'s largest exporter and employs millions of workers, most of "
                  + "them women.",
              "Factory fires have killed hundreds of garment workers in the region over the past two decades.",
              "Labour groups have long complained that safety rules are weakly enforced in {area} and other "
                  + "industrial suburbs of {place}.",
              "The {site} company employed about [two|three] thousand people in [three|four] factories, according "
                  + "to an industry directory."),
          List.of(new FigureRange("dead", 4, 40, 1), new FigureRange("injured", 10, 120, 1),
              new FigureRange("workers", 150, 900, 10), new FigureRange("engines", 6, 24, 1),
              new FigureRange("days", 7, 30, 1)),
          List.of("the fire service", "the police", "the labour ministry", "the district administration"),
          List.of("the district police chief", "the deputy labour minister", "head of the local fire station"),
          List.of("a machine operator who escaped", "a worker on the night shift", "a relative of a missing worker",
              "a union organiser")),

      new EventKind("earthquake",
          List.of("Earthquake [damages|destroys] hundreds of homes [around|near] {place}",
              "Strong quake shakes {place}, at least {dead} dead",
              "Rescuers dig through rubble in {area} after earthquake",
              "Aftershocks keep {place} residents [outdoors|sleeping in cars]"),
          List.of("A magnitude {magnitude}.{magnitudetenth} earthquake struck near {place} [early|late] on "
                  + "{weekday}, [damaging|flattening] hundreds of homes in the {area} valley, {authority} said.",
              "The quake was centred about {distance} km [north|south|east|west] of the city at a depth of "
                  + "[10|15] km, according to {authority2}.",
              "Residents who spent the night outdoors said the shaking lasted for more than [twenty|thirty] "
                  + "seconds."),
          List.of("Thousands of people in {place} slept in [cars and tents|parks and courtyards] on {weekday} night "
                  + "for fear of aftershocks, a day after a strong earthquake.",
              "The number of people killed by the earthquake in the {area} valley rose to {dead+}, regional health "
                  + "officials said on {weekday}.",
              "An earthquake near {place}, {country}, killed at least {dead} people and [damaged|destroyed] "
                  + "hundreds of houses, officials said."),
          List.of("At least {dead} people were killed and {injured} injured, according to {authority}.",
              "{Authority} said {houses} houses were damaged, {destroyed} of them beyond repair.",
              "More than {tents} tents were handed out to families in {area} whose homes were unsafe, "
                  + "{authority2} said.",
              "[Several|Dozens of] schools were closed while engineers checked their walls for cracks.",
              "At least {aftershocks} aftershocks were recorded in the first twelve hours, the seismological "
                  + "service said.",
              "Mountain roads to villages in the {area} valley were blocked by landslides, slowing the arrival of "
                  + "rescue teams.",
              "The government declared a state of emergency in the region for {days} days.",
              "The old mosque in {site} lost its minaret, and the village school [collapsed|was badly cracked]."),
          List.of("The house shook like a boat and then the back wall simply fell",
              "Our first job is to get every family under a roof before the nights turn cold",
              "We have teams in every village of {area}, but some roads are still blocked",
              "The children will not go back inside, they are too frightened"),
          List.of("The region lies on an active fault, and older houses built of mud brick are especially "
                  + "vulnerable.",
              "A stronger earthquake in the {area} valley killed dozens of people [twenty|thirty] years ago.",
              "Engineers have urged the government for years to enforce building codes in rural districts.",
              "Villages such as {site} are reached only by a single mountain road."),
          List.of(new FigureRange("magnitude", 5, 6, 1), new FigureRange("magnitudetenth", 1, 9, 1),
              new FigureRange("dead", 2, 45, 1), new FigureRange("injured", 15, 400, 1),
              new FigureRange("houses", 200, 3000, 1), new FigureRange("destroyed", 20, 180, 1),
              new FigureRange("tents", 500, 8000, 100), new FigureRange("aftershocks", 5, 40, 1),
              new FigureRange("distance", 10, 60, 1), new FigureRange("days", 3, 14, 1)),
          List.of("the Ministry of Emergency Situations", "the national seismological service",
              "the regional health department", "the interior ministry"),
          List.of("the regional governor", "the deputy emergency minister", "the mayor"),
          List.of("a farmer whose house collapsed", "a nurse at the district hospital", "a mother of three",
              "a shop owner on the main street")),

      new EventKind("port-strike",
          List.of("Dockworkers end strike at {place} port",
              "Ships begin unloading at {site} terminal after wage deal",
              "{Place} port strike over as workers win back pay",
              "Strike at {place} docks ends after {strikedays} days"),
          List.of("Dockworkers at the {site} terminal of {place} port agreed late on {weekday} to end a "
                  + "{strikedays}-day strike over [unpaid wages|wage arrears], clearing the way for ships to resume "
                  + "unloading [fuel and wheat|fuel and cooking oil|containers and grain], {authority} said.",
              "At least {vessels} vessels carrying about {cargo} tonnes of cargo were waiting at anchor off "
                  + "{site}, according to shipping agents.",
              "The union said the deal covered [three|four] months of back pay and a review of overtime rates."),
          List.of("Cranes were moving again at the {site} terminal in {place} on {weekday} after dockworkers ended "
                  + "a strike over unpaid wages.",
              "The strike at {place} port, which had left [fuel and wheat ships|tankers and grain carriers] waiting "
                  + "offshore for {strikedays} days, ended after the government agreed to pay overdue wages, "
                  + "{authority2} said.",
              "Dockworkers in {place} went back to work on {weekday}, union leaders said, ending a stoppage that had "
                  + "pushed up fuel prices across {country}."),
          List.of("About {dockers} dockworkers took part in the strike, according to {authority2}.",
              "{Authority} said the first fuel tanker would berth at {site} within {hours} hours.",
              "Shipping agents said clearing the backlog of {vessels+} ships could take more than [a week|ten days].",
              "Fuel prices in {place} had risen sharply during the strike, and long queues formed at petrol "
                  + "stations in {area}.",
              "The union had demanded wages that had not been paid since [the start of the year|the spring].",
              "The finance ministry said it would transfer the back pay in [two|three] instalments.",
              "Traders said wheat stocks in the city's mills had fallen to their lowest level in months.",
              "Lorries queued for [kilometres|hours] on the road from {area} to the port gates."),
          List.of("We went back because the money is real this time, not another promise",
              "Our priority is to clear the fuel ships first, then the food",
              "Three months without wages is three months of borrowing from neighbours",
              "The port will work day and night until the queue of ships is gone"),
          List.of("The port of {place} handles most of the fuel and food imports of the region.",
              "Dockworkers at {site} have struck [twice|three times] in the past five years over late wages.",
              "Aid agencies say delays at the port quickly push up the price of bread in nearby towns.",
              "The {site} terminal was expanded with foreign loans [a decade ago|in 2015]."),
          List.of(new FigureRange("strikedays", 4, 16, 1), new FigureRange("vessels", 6, 30, 1),
              new FigureRange("cargo", 80000, 450000, 1000), new FigureRange("dockers", 800, 5000, 50),
              new FigureRange("hours", 12, 48, 6)),
          List.of("the Ports Corporation", "the dockworkers' union", "the transport ministry",
              "the port authority"),
          List.of("the union's general secretary", "director of the port authority", "the transport minister"),
          List.of("a crane operator", "a lorry driver waiting at the gate", "a fuel trader", "a dockworker")),

      new EventKind("election",
          List.of("{Place} votes in first council election [in years|since 2014]",
              "{Site} list wins majority in {place} council vote",
              "Observers question turnout figures in {place} election",
              "{Place} council result: what comes next for the {site} list"),
          List.of("The {site} list won {seats} of the council's {totalseats} seats in {place}, the election "
                  + "commission said at a news conference on {weekday}.",
              "Turnout was {turnout} percent, the commission said, [higher|lower] than in the last municipal vote.",
              "Voting took place without major incidents, although several polling stations in {area} opened "
                  + "late."),
          List.of("Voters in {place} elected a new municipal council on {weekday}, the first such vote in the city "
                  + "[in years|in a decade].",
              "The {site} list has won a majority on the council of {place}, {country}, according to results "
                  + "announced by {authority}.",
              "Election observers in {place} said on {weekday} that the official turnout figure was too high."),
          List.of("{Authority2} put turnout at about {observed} percent, well below the official figure.",
              "More than {voters} people were registered to vote, according to {authority}.",
              "The new council will elect a mayor at its first session [next month|within three weeks].",
              "Losing candidates said they would challenge the results of {challenged} polling stations in "
                  + "[court|the electoral tribunal].",
              "The {site} list campaigned on [rebuilding roads, clearing rubbish and publishing the city's accounts|"
                  + "fixing the water supply and street lighting].",
              "Women won {women} of the seats, the commission said.",
              "Security forces were deployed around polling stations across {place}, especially in {area}.",
              "Queues formed early outside the polling station at the {area} girls' school."),
          List.of("We will publish the council's spending figures online every month",
              "The numbers we saw at the polling stations do not match the numbers announced",
              "People voted for clean streets and working lights, nothing more complicated than that",
              "We call on everyone to respect the results"),
          List.of("Municipal elections in {country} have been postponed several times in recent years.",
              "The outgoing council was appointed rather than elected, and its mandate had expired long ago.",
              "Local government in {place} controls water, rubbish collection and the upkeep of roads.",
              "The {site} list was founded [two|three] years ago by engineers and teachers from {area}."),
          List.of(new FigureRange("seats", 12, 20, 1), new FigureRange("totalseats", 21, 35, 2),
              new FigureRange("turnout", 38, 55, 1), new FigureRange("observed", 28, 37, 1),
              new FigureRange("voters", 90000, 600000, 1000), new FigureRange("challenged", 5, 40, 1),
              new FigureRange("women", 3, 9, 1)),
          List.of("the election commission", "the election monitoring network", "the interior ministry",
              "the council's outgoing administration"),
          List.of("head of the {site} list", "chairman of the election commission", "an independent candidate"),
          List.of("a first-time voter", "a polling station volunteer", "a retired teacher", "a taxi driver")),

      new EventKind("rate-decision",
          List.of("Central bank [cuts|lowers] rates as inflation eases in {country}",
              "{Country} lowers benchmark rate to {rate}.{ratefrac} percent",
              "Borrowers in {place} welcome central bank rate cut",
              "Rate cut lifts {site} and other bank shares"),
          List.of("The central bank of {country} cut its benchmark lending rate by [50|75|25] basis points to "
                  + "{rate}.{ratefrac} percent on {weekday}, citing [easing inflation and a stable currency|"
                  + "slowing growth and cheaper fuel].",
              "Inflation eased to {inflation}.{inflationfrac} percent last month, according to the national "
                  + "statistics office.",
              "The decision was announced after a meeting of the monetary policy committee in {place}."),
          List.of("Borrowers and business owners in {place} welcomed a cut in interest rates on {weekday}, although "
                  + "few expected banks to pass it on quickly.",
              "Shares in {site} Bank rose on the stock exchange in {place} on {weekday} after the central bank "
                  + "lowered its benchmark rate.",
              "The central bank of {country} lowered its main rate for the {cuts}th time in two years, "
                  + "{authority2} said."),
          List.of("Analysts had expected a smaller cut, according to a survey by {authority2}.",
              "The governor told a news conference in {place} that further cuts depended on [food and fuel prices|"
                  + "the harvest and the currency].",
              "Commercial banks such as {site} Bank have been slow to lower the rates they charge small "
                  + "businesses, traders said.",
              "Private sector lending grew by only {lending}.{lendingfrac} percent over the past year.",
              "The currency was little changed against the dollar after the announcement.",
              "The stock exchange's main index rose {index}.{indexfrac} percent, led by {site} Bank.",
              "The next rate meeting is due in about [two|three] months.",
              "Furniture makers and traders in the {area} market said credit had been too costly for two years."),
          List.of("Inflation is back within our target range and we see room to support growth",
              "I will believe it when my bank lowers my loan rate",
              "The cut was larger than the market expected, and that is a signal",
              "Food prices remain the main risk to this outlook"),
          List.of("Interest rates in {country} rose sharply two years ago when inflation reached double digits.",
              "Business groups have lobbied for lower borrowing costs for months.",
              "The central bank has been building up its foreign currency reserves since last year.",
              "{Site} Bank is the country's [largest|second-largest] lender by deposits."),
          List.of(new FigureRange("rate", 6, 14, 1), new FigureRange("ratefrac", 25, 75, 25),
              new FigureRange("inflation", 2, 6, 1), new FigureRange("inflationfrac", 1, 9, 1),
              new FigureRange("cuts", 4, 9, 1), new FigureRange("lending", 1, 6, 1),
              new FigureRange("lendingfrac", 1, 9, 1), new FigureRange("index", 1, 3, 1),
              new FigureRange("indexfrac", 1, 9, 1)),
          List.of("the central bank", "a business daily", "the national statistics office",
              "the bankers' association"),
          List.of("the central bank governor", "the finance minister", "chief economist at {site} Bank"),
          List.of("a furniture maker", "a market trader", "a bank customer", "a small business owner")),

      new EventKind("bridge-collapse",
          List.of("{Site} Bridge collapses in {place}, cars fall into river",
              "Divers search river after {site} Bridge collapse",
              "{Place} bridge collapse: inspectors had warned of cracks",
              "City mourns after {site} Bridge falls in {place}"),
          List.of("The {site} Bridge over the river in {place} collapsed during the [evening|morning] rush hour on "
                  + "{weekday}, sending at least {cars} vehicles into the water, {authority} said.",
              "Divers recovered {dead} bodies from the river overnight, and the search continued for those still "
                  + "missing, according to {authority}.",
              "The bridge, built more than [fifty|sixty] years ago, had been closed to lorries since the spring."),
          List.of("Divers were searching the river below the {site} Bridge in {place} on {weekday} for people still "
                  + "missing after it collapsed at rush hour.",
              "The death toll from the collapse of the {site} Bridge in {place}, {country}, rose to {dead+}, "
                  + "{authority2} said.",
              "Engineers had warned a year ago that the {site} Bridge in {place} needed urgent repairs, documents "
                  + "seen by reporters show."),
          List.of("At least {injured} people were pulled from the water alive and taken to hospital, "
                  + "{authority2} said.",
              "{Authority} said {missing} people were still missing on {weekday} evening.",
              "A report by city inspectors last year found cracks in [two|three] of the bridge's supports.",
              "Traffic between {area} and the city centre was diverted to the only other bridge, causing long jams.",
              "The transport minister visited the site and promised an independent investigation.",
              "Repairs to the {site} Bridge had been approved but the work had not started, the city council said.",
              "Witnesses said they heard a loud crack seconds before the span gave way.",
              "Fishermen from {area} were the first to reach people in the water."),
          List.of("I heard a sound like thunder and then the road in front of me was gone",
              "We will find out who ignored the warnings and why",
              "Every bridge of this age in the city will be inspected this month",
              "My brother drives across it every evening, I have not heard from him"),
          List.of("Many bridges in {country} were built in the 1960s and 1970s and have had little maintenance "
                  + "since.",
              "The river through {place} rises quickly after rain in the mountains upstream.",
              "Road traffic in {place} has doubled over the past fifteen years, city figures show.",
              "The {site} Bridge linked {area} with the old town and carried [thousands|tens of thousands] of "
                  + "vehicles a day."),
          List.of(new FigureRange("cars", 4, 20, 1), new FigureRange("dead", 2, 30, 1),
              new FigureRange("injured", 5, 60, 1), new FigureRange("missing", 2, 15, 1)),
          List.of("the emergency services", "the city council", "the transport ministry", "the police"),
          List.of("the city's chief engineer", "the transport minister", "the mayor"),
          List.of("a bus driver", "a fisherman who helped pull people from the water", "a street vendor",
              "a student who was crossing on foot")),

      new EventKind("cholera",
          List.of("Cholera outbreak spreads in {area} district of {place}",
              "{Place} hospitals strain as cholera cases rise",
              "Health officials race to contain cholera in {place}",
              "Cholera kills {dead} in {area} as water supplies fail"),
          List.of("Health officials in {place} have recorded {cases} suspected cholera cases in the past "
                  + "[week|ten days], including {dead} deaths, {authority} said on {weekday}.",
              "Most of the cases were in {area} and [neighbouring districts|nearby camps] where water pipes were "
                  + "damaged and residents rely on wells.",
              "Treatment centres were set up in [two schools and a football stadium|the {site} stadium], the "
                  + "health ministry said."),
          List.of("Doctors in {place} said on {weekday} they were running out of beds as a cholera outbreak spread "
                  + "through {area} and other poor districts of the city.",
              "The number of suspected cholera cases in {place}, {country}, rose to {cases+}, according to "
                  + "{authority2}.",
              "A cholera outbreak in {place} has killed {dead} people, health officials said, as aid groups "
                  + "appealed for clean water."),
          List.of("More than {vaccinated} people have been vaccinated since the outbreak began, according to "
                  + "{authority2}.",
              "{Authority} said {children} of the suspected cases were children under five.",
              "Water trucks were sent to {area}, but residents said they came only every other day.",
              "Aid groups said the outbreak could spread quickly once the rains begin.",
              "Schools in [three|four] districts were closed for a week as a precaution.",
              "Laboratory tests confirmed cholera in {confirmed} samples, the health ministry said.",
              "Doctors urged residents to boil water and wash their hands with soap.",
              "The {site} clinic in {area} treated more than a hundred patients on {weekday} alone."),
          List.of("We have enough oral rehydration salts for this week, but not for next week",
              "The pipes were broken months ago and nobody came to fix them",
              "Every hour counts with cholera, and most deaths are preventable",
              "My son was sick for two days before we found a clinic with a free bed"),
          List.of("Cholera spreads through water and food contaminated with sewage.",
              "{Place} has suffered repeated outbreaks since its water network was damaged years ago.",
              "Health workers in the region have gone months without full salaries.",
              "The {area} district grew quickly [after the war|over the past decade] and has no sewers."),
          List.of(new FigureRange("cases", 150, 4000, 10), new FigureRange("dead", 2, 50, 1),
              new FigureRange("vaccinated", 5000, 90000, 500), new FigureRange("children", 30, 900, 10),
              new FigureRange("confirmed", 10, 120, 1)),
          List.of("the health ministry", "the World Health Organization", "a medical aid group",
              "the regional health office"),
          List.of("the regional health director", "a doctor at the {site} clinic", "the health minister"),
          List.of("a mother waiting outside the clinic", "a nurse at a treatment centre", "a water truck driver",
              "a community volunteer")),

      new EventKind("train-derailment",
          List.of("{Site} Express derails near {place}",
              "Train crash near {place} kills {dead}",
              "Investigators examine track after {site} Express derailment",
              "Survivors describe moment train left the rails near {area}"),
          List.of("The {site} Express, carrying about {passengers} people, derailed near {place} on {weekday} "
                  + "[morning|afternoon], killing at least {dead} and injuring dozens, {authority} said.",
              "[Five|Six|Four] carriages left the rails on a curve a few kilometres outside {area} station, and "
                  + "two of them overturned, according to {authority}.",
              "Rail services between {place} and the capital were suspended while cranes cleared the line."),
          List.of("Investigators were examining the track near {area} on {weekday} after the {site} Express "
                  + "derailed, killing at least {dead} people.",
              "The death toll from the derailment of the {site} Express near {place}, {country}, rose to {dead+}, "
                  + "{authority2} said.",
              "Passengers climbed out through broken windows after the {site} Express derailed near {place}, "
                  + "witnesses said."),
          List.of("At least {injured} people were taken to hospitals in {place}, {authority2} said.",
              "{Authority} said the train was travelling at about {speed} km per hour when it derailed.",
              "The railway company said the track on that section had been inspected [last month|in the spring].",
              "Residents of {area} were the first to reach the carriages and helped pull passengers out.",
              "The transport minister ordered an inquiry and said its findings would be published.",
              "Relatives gathered at the station in {place} waiting for lists of the injured.",
              "It was the worst rail accident in {country} in [several|ten] years.",
              "The {site} Express runs [daily|twice a day] between {place} and the capital."),
          List.of("The carriage rolled over and everyone was thrown against the roof",
              "We will not guess at the cause before the investigators finish their work",
              "The villagers reached us before the ambulances did",
              "This line needed new sleepers years ago and everyone knew it"),
          List.of("Much of the railway network in {country} dates from the last century and needs modernising.",
              "Passenger numbers on the line have grown as fuel prices pushed people off the roads.",
              "The government announced a programme to renew old track two years ago, but work has been slow.",
              "The curve near {area} has seen [two|three] smaller derailments since 2010, local residents said."),
          List.of(new FigureRange("passengers", 200, 900, 10), new FigureRange("dead", 3, 35, 1),
              new FigureRange("injured", 20, 150, 1), new FigureRange("speed", 60, 120, 5)),
          List.of("the railway company", "the emergency services", "the transport ministry",
              "the regional police"),
          List.of("the railway company's chief executive", "the transport minister", "the regional governor"),
          List.of("a passenger in the third carriage", "a farmer who lives beside the line", "a paramedic",
              "a student travelling home")),

      new EventKind("fuel-protest",
          List.of("Protests over fuel prices spread to {place}",
              "Police clash with fuel price protesters in {site} Square",
              "Thousands march in {place} against fuel price rise",
              "Government under pressure as fuel protests fill {site} Square"),
          List.of("Thousands of people marched [through the centre of {place}|from {area} to {site} Square] on "
                  + "{weekday} to protest against a sharp rise in fuel prices, {authority} said.",
              "The government raised the price of petrol by {rise} percent [last week|on Friday], saying it could "
                  + "no longer afford the subsidy.",
              "Shops along the main avenue pulled down their shutters as the march passed."),
          List.of("Protesters blocked roads in {area} on {weekday}, burning tyres and chanting against a rise in "
                  + "fuel prices.",
              "Police in {place}, {country}, fired tear gas at protesters in {site} Square angry about fuel prices, "
                  + "{authority2} said.",
              "The protests over fuel prices that began in the capital reached {place} on {weekday}, witnesses "
                  + "said."),
          List.of("Police said {arrested} people were arrested, according to {authority}.",
              "More than {marchers} people [took part in the march|gathered in {site} Square], {authority2} said, "
                  + "while police gave a lower figure.",
              "Taxi and minibus drivers stayed off the roads, leaving many commuters stranded.",
              "At least {injured} people were treated for injuries, medics said.",
              "The prime minister said the subsidy cost more than the country spends on [health and education|"
                  + "schools and hospitals] together.",
              "Trade unions called for a general strike if the price rise was not reversed.",
              "Queues formed at petrol stations in {area} as drivers filled up before prices rose further.",
              "Riot police sealed off the streets around {site} Square by nightfall."),
          List.of("We cannot pay for bread and petrol at the same time",
              "The subsidy helped the rich more than the poor, and we will protect the poor directly",
              "The police came at us with tear gas before anyone threw a stone",
              "If the price does not come down we will be back next week with more people"),
          List.of("Fuel subsidies have long been one of the largest items in the budget of {country}.",
              "Previous attempts to cut fuel subsidies in {country} were reversed after protests.",
              "Inflation has already eroded wages in {place} over the past year.",
              "{Site} Square has been the starting point of protests in {place} for decades."),
          List.of(new FigureRange("rise", 15, 80, 1), new FigureRange("arrested", 10, 200, 1),
              new FigureRange("marchers", 2000, 30000, 500), new FigureRange("injured", 5, 90, 1)),
          List.of("the police", "the organisers", "the interior ministry", "a human rights group"),
          List.of("the interior minister", "a union leader", "the governor of the province"),
          List.of("a minibus driver", "a university student", "a street vendor", "a nurse who joined the march")));
}
