package io.newsdesk.bench;

import java.util.List;

/**
 * A place events happen in, with the spellings outlets use for it. The first spelling is the one the wire
 * agencies use, so copied wire sentences keep it while each outlet's own sentences use its house spelling.
 *
 * @param spellings the spellings, the wire spelling first
 * @param country   the country, as the gazetteer names it
 */
record Place(List<String> spellings, String country) {

  Place {
    spellings = List.copyOf(spellings);
    if (spellings.isEmpty()) {
      throw new IllegalArgumentException("spellings must not be empty (country " + country + ")");
    }
  }

  String wireSpelling() {
    return spellings.get(0);
  }

  /** Real places whose names are written in more than one way in English-language news. */
  static final List<Place> ALL = List.of(
      new Place(List.of("Misrata", "Misurata", "Misratah"), "Libya"),
      new Place(List.of("Benghazi", "Bengazi", "Banghazi"), "Libya"),
      new Place(List.of("Hodeidah", "Hudaydah", "Hodeida", "Al-Hudaydah"), "Yemen"),
      new Place(List.of("Sanaa", "Sana'a"), "Yemen"),
      new Place(List.of("Jalal-Abad", "Jalalabad", "Dzhalal-Abad"), "Kyrgyzstan"),
      new Place(List.of("Gazipur", "Ghazipur"), "Bangladesh"),
      new Place(List.of("Chittagong", "Chattogram"), "Bangladesh"),
      new Place(List.of("Kharkiv", "Kharkov"), "Ukraine"),
      new Place(List.of("Odesa", "Odessa"), "Ukraine"),
      new Place(List.of("Dnipro", "Dnepr"), "Ukraine"),
      new Place(List.of("Mumbai", "Bombay"), "India"),
      new Place(List.of("Kolkata", "Calcutta"), "India"),
      new Place(List.of("Chennai", "Madras"), "India"),
      new Place(List.of("Almaty", "Alma-Ata"), "Kazakhstan"),
      new Place(List.of("Tashkent", "Toshkent"), "Uzbekistan"),
      new Place(List.of("Samarkand", "Samarqand"), "Uzbekistan"),
      new Place(List.of("Ashgabat", "Ashkhabad"), "Turkmenistan"),
      new Place(List.of("Mosul", "Mawsil"), "Iraq"),
      new Place(List.of("Basra", "Basrah"), "Iraq"),
      new Place(List.of("Erbil", "Arbil", "Hawler"), "Iraq"),
      new Place(List.of("Aleppo", "Halab"), "Syria"),
      new Place(List.of("Homs", "Hims"), "Syria"),
      new Place(List.of("Latakia", "Latakiya", "Lattakia"), "Syria"),
      new Place(List.of("Mogadishu", "Muqdisho"), "Somalia"),
      new Place(List.of("Kismayo", "Kismaayo"), "Somalia"),
      new Place(List.of("Timbuktu", "Tombouctou"), "Mali"),
      new Place(List.of("Maiduguri", "Maidugiri"), "Nigeria"),
      new Place(List.of("Yangon", "Rangoon"), "Myanmar"),
      new Place(List.of("Mandalay", "Mandale"), "Myanmar"),
      new Place(List.of("Kathmandu", "Katmandu"), "Nepal"),
      new Place(List.of("Ho Chi Minh City", "Saigon"), "Vietnam"),
      new Place(List.of("Antananarivo", "Tananarive"), "Madagascar"),
      new Place(List.of("Makassar", "Ujung Pandang"), "Indonesia"),
      new Place(List.of("Surabaya", "Soerabaja"), "Indonesia"),
      new Place(List.of("Gaziantep", "Antep"), "Turkey"),
      new Place(List.of("Tbilisi", "Tiflis"), "Georgia"),
      new Place(List.of("Cusco", "Cuzco"), "Peru"),
      new Place(List.of("Peshawar", "Pishawar"), "Pakistan"),
      new Place(List.of("Faisalabad", "Lyallpur"), "Pakistan"),
      new Place(List.of("Kisumu", "Kisumo"), "Kenya"));
}
