package io.newsdesk.bench;

import java.util.List;
import java.util.Random;

/** Invented people: a first name and a family name drawn from mixed origins, as a world news desk meets them. */
final class PersonNames {

  private static final List<String> FIRST = List.of("Amina", "Omar", "Leila", "Karim", "Nadia", "Yusuf",
      "Farida", "Tariq", "Salma", "Rashid", "Anna", "Pavel", "Olena", "Dmitri", "Irina", "Bakyt", "Aigul",
      "Rustam", "Dilnoza", "Timur", "Priya", "Arjun", "Meera", "Rahul", "Fatima", "Hassan", "Grace", "Samuel",
      "Wanjiru", "Kofi", "Thandiwe", "Joseph", "Maria", "Carlos", "Lucia", "Diego", "Linh", "Minh", "Aung",
      "Thida", "Rina", "Budi", "Sari", "Elena", "Giorgi", "Nino", "Mehmet", "Ayse", "David", "Sarah");

  private static final List<String> FAMILY = List.of("Haddad", "Mansour", "El-Amin", "Shaglouf", "Benali",
      "Qasim", "Rahman", "Hossain", "Chowdhury", "Kovalenko", "Shevchenko", "Bondarenko", "Petrov", "Sokolova",
      "Abdyldaev", "Tokonova", "Nazarov", "Karimova", "Yusupov", "Sharma", "Iyer", "Banerjee", "Menon", "Patel",
      "Mwangi", "Odhiambo", "Otieno", "Mensah", "Okafor", "Bello", "Adeyemi", "Nkosi", "Quispe", "Mamani",
      "Huaman", "Nguyen", "Tran", "Pham", "Win", "Thein", "Santoso", "Wijaya", "Siregar", "Beridze",
      "Kapanadze", "Yilmaz", "Demir", "Halvorsen", "Carrow", "Whitfield", "Moreau", "Lindqvist");

  private PersonNames() {}

  private static final List<String> FAMILY_ENDINGS = List.of("ov", "ova", "ian", "ini", "oglu", "enko", "ski",
      "ani", "o", "ez", "ula", "ba");

  /** Half the family names are made up from syllables, so that most people are met in one event only. */
  static String pick(Random random) {
    String family = random.nextBoolean()
        ? FAMILY.get(random.nextInt(FAMILY.size()))
        : InventedNames.stem(random) + FAMILY_ENDINGS.get(random.nextInt(FAMILY_ENDINGS.size()));
    return FIRST.get(random.nextInt(FIRST.size())) + " " + family;
  }
}
