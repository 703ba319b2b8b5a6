/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Name and country pools for the demo data generator.
 *
 * The pools hold common, generic given and family names only; the generator
 * combines them at random, so the resulting people are fictional.  Names of
 * well-known people have been kept out of pools where given and family name
 * would otherwise combine into them.  Native-script pools are written as
 * UTF-8 literals and roughly mirror their Latin counterparts.
 *
 * Family names follow local practice: for Eritrea, Ethiopia, Somalia,
 * Mongolia and Tamil Sri Lanka they are patronymic-style second names (a
 * father's given name).  Chinese family names are conventionally written
 * before the given name; ordering is left to the caller. */

#include "koers-demo-names.h"

static const char *const no_alias[] = { NULL };

/* ------------------------------------------------------------------------ */
/* Arabic, Maghreb (Morocco, Algeria, Tunisia, Libya)                        */

static const char *const maghreb_latin_female[] = {
  "Fatima", "Khadija", "Amina", "Nadia", "Samira", "Malika", "Houda",
  "Salma", "Imane", "Meryem", "Zineb", "Sanaa", "Hafsa", "Naima", "Karima",
  "Yasmina", "Souad", "Latifa", NULL
};

static const char *const maghreb_latin_male[] = {
  "Mohamed", "Youssef", "Ahmed", "Karim", "Said", "Rachid", "Hicham",
  "Mustapha", "Abdelkader", "Omar", "Khalid", "Hamza", "Nabil", "Mehdi",
  "Yassine", "Bilal", "Anouar", "Walid", "Redouane", "Ayoub", NULL
};

static const char *const maghreb_latin_family[] = {
  "El Amrani", "Benali", "Bouzid", "Haddad", "El Idrissi", "Belkacem",
  "El Mansouri", "Ziani", "Cherif", "Tahiri", "Bennani", "Saidi",
  "Azzouzi", "Boukhari", "Chaoui", "Lahlou", "Ouali", "Meziane",
  "Benaissa", "El Ouardi", NULL
};

static const char *const maghreb_latin_alias[] = {
  "Simo", "Hamid", "Dris", "Mimi", "Nono", "Lala", "Rida", "Moha", NULL
};

static const KoersDemoNamePool maghreb_latin = {
  maghreb_latin_female, maghreb_latin_male, maghreb_latin_family,
  maghreb_latin_alias
};

static const char *const maghreb_arabic_female[] = {
  "فاطمة", "خديجة", "أمينة", "نادية", "سميرة", "مليكة", "هدى", "سلمى",
  "إيمان", "مريم", "زينب", "سناء", "حفصة", "نعيمة", "كريمة", "ياسمينة",
  "سعاد", "لطيفة", NULL
};

static const char *const maghreb_arabic_male[] = {
  "محمد", "يوسف", "أحمد", "كريم", "سعيد", "رشيد", "هشام", "مصطفى",
  "عبد القادر", "عمر", "خالد", "حمزة", "نبيل", "مهدي", "ياسين", "بلال",
  "أنور", "وليد", "رضوان", "أيوب", NULL
};

static const char *const maghreb_arabic_family[] = {
  "العمراني", "بن علي", "بوزيد", "حداد", "الإدريسي", "بلقاسم",
  "المنصوري", "زياني", "الشريف", "الطاهري", "بناني", "السعيدي",
  "عزوزي", "البخاري", "الشاوي", "لحلو", "مزيان", "بن عيسى", "الوردي", NULL
};

static const KoersDemoNamePool maghreb_arabic = {
  maghreb_arabic_female, maghreb_arabic_male, maghreb_arabic_family,
  no_alias
};

/* ------------------------------------------------------------------------ */
/* Arabic, Nile valley and Mashriq (Egypt, Sudan, Syria, Iraq, Yemen)        */

static const char *const mashriq_latin_female[] = {
  "Fatima", "Aisha", "Mariam", "Noor", "Huda", "Rania", "Hala", "Lina",
  "Reem", "Dina", "Sara", "Amal", "Zeinab", "Rasha", "Heba", "Nadia",
  "Asma", "Samah", NULL
};

static const char *const mashriq_latin_male[] = {
  "Mohammed", "Ahmed", "Mahmoud", "Mustafa", "Ali", "Omar", "Hassan",
  "Hussein", "Khaled", "Ibrahim", "Abdullah", "Yousef", "Samir", "Tarek",
  "Ammar", "Osman", "Adel", "Hamza", "Haider", "Fadi", NULL
};

static const char *const mashriq_latin_family[] = {
  "Hassan", "Ibrahim", "Abdallah", "Mohamed", "Ali", "Saleh", "Mahmoud",
  "Osman", "Al-Ahmad", "Al-Hussein", "Khalil", "Haddad", "Nasser",
  "Abbas", "Said", "Mansour", "Al-Tamimi", "Al-Jabouri", "Adam", "Idris",
  "Babiker", "Elsayed", NULL
};

static const char *const mashriq_latin_alias[] = {
  "Abu Ali", "Hamoudi", "Zuzu", "Lulu", "Sam", "Mido", "Dodo", NULL
};

static const KoersDemoNamePool mashriq_latin = {
  mashriq_latin_female, mashriq_latin_male, mashriq_latin_family,
  mashriq_latin_alias
};

static const char *const mashriq_arabic_female[] = {
  "فاطمة", "عائشة", "مريم", "نور", "هدى", "رانيا", "هالة", "لينا", "ريم",
  "دينا", "سارة", "أمل", "زينب", "رشا", "هبة", "نادية", "أسماء", "سماح",
  NULL
};

static const char *const mashriq_arabic_male[] = {
  "محمد", "أحمد", "محمود", "مصطفى", "علي", "عمر", "حسن", "حسين", "خالد",
  "إبراهيم", "عبد الله", "يوسف", "سمير", "طارق", "عمار", "عثمان", "عادل",
  "حمزة", "حيدر", "فادي", NULL
};

static const char *const mashriq_arabic_family[] = {
  "حسن", "إبراهيم", "عبد الله", "محمد", "علي", "صالح", "محمود", "عثمان",
  "الأحمد", "الحسين", "خليل", "حداد", "ناصر", "عباس", "سعيد", "منصور",
  "التميمي", "الجبوري", "آدم", "إدريس", "بابكر", "السيد", NULL
};

static const KoersDemoNamePool mashriq_arabic = {
  mashriq_arabic_female, mashriq_arabic_male, mashriq_arabic_family,
  no_alias
};

/* ------------------------------------------------------------------------ */
/* Tigrinya (Eritrea)                                                        */

static const char *const tigrinya_latin_female[] = {
  "Saba", "Senait", "Selam", "Luwam", "Winta", "Semhar", "Helen",
  "Yordanos", "Mebrat", "Tsega", "Rahwa", "Feven", "Elsa", "Almaz",
  "Hiwet", NULL
};

static const char *const tigrinya_latin_male[] = {
  "Yonas", "Dawit", "Samuel", "Tesfay", "Yohannes", "Filmon", "Merhawi",
  "Kidane", "Habtom", "Tekle", "Berhane", "Amanuel", "Robel", "Biniam",
  "Efrem", "Abraham", "Goitom", "Tewelde", NULL
};

static const char *const tigrinya_latin_family[] = {
  "Tesfamariam", "Gebremedhin", "Habte", "Kidane", "Tewelde", "Haile",
  "Berhe", "Woldu", "Mehari", "Asmerom", "Weldemichael", "Tekeste",
  "Gebrehiwet", "Ghirmay", "Yemane", "Solomon", NULL
};

static const char *const tigrinya_latin_alias[] = {
  "Jo", "Sami", "Abi", "Mimi", "Robi", "Fili", NULL
};

static const KoersDemoNamePool tigrinya_latin = {
  tigrinya_latin_female, tigrinya_latin_male, tigrinya_latin_family,
  tigrinya_latin_alias
};

static const char *const tigrinya_geez_female[] = {
  "ሳባ", "ሰናይት", "ሰላም", "ሉዋም", "ዊንታ", "ሰምሃር", "ሄለን", "ዮርዳኖስ",
  "መብራት", "ጸጋ", "ራሕዋ", "ፌቨን", "ኤልሳ", "ኣልማዝ", "ሕይወት", NULL
};

static const char *const tigrinya_geez_male[] = {
  "ዮናስ", "ዳዊት", "ሳሙኤል", "ተስፋይ", "ዮሃንስ", "ፊልሞን", "መርሃዊ", "ኪዳነ",
  "ሃብቶም", "ተኽለ", "ብርሃነ", "ኣማኑኤል", "ሮቤል", "ቢንያም", "ኤፍሬም",
  "ኣብርሃም", "ጎይቶም", "ተወልደ", NULL
};

static const char *const tigrinya_geez_family[] = {
  "ተስፋማርያም", "ገብረመድህን", "ሃብተ", "ኪዳነ", "ተወልደ", "ሃይለ", "በርሀ",
  "ወልዱ", "መሓሪ", "ኣስመሮም", "ወልደሚካኤል", "ተኸስተ", "ገብረሂወት", "ግርማይ",
  "የማነ", "ሰሎሞን", NULL
};

static const KoersDemoNamePool tigrinya_geez = {
  tigrinya_geez_female, tigrinya_geez_male, tigrinya_geez_family,
  no_alias
};

/* ------------------------------------------------------------------------ */
/* Amharic (Ethiopia)                                                        */

static const char *const amharic_latin_female[] = {
  "Meron", "Bethlehem", "Tigist", "Hirut", "Meseret", "Selamawit",
  "Almaz", "Abeba", "Eden", "Hanna", "Kidist", "Mahlet", "Tsion", "Aster",
  "Mekdes", "Rahel", NULL
};

static const char *const amharic_latin_male[] = {
  "Abebe", "Dawit", "Yohannes", "Solomon", "Tesfaye", "Getachew",
  "Mulugeta", "Bereket", "Henok", "Yared", "Daniel", "Kebede", "Tadesse",
  "Girma", "Biruk", "Fikru", "Tamrat", NULL
};

static const char *const amharic_latin_family[] = {
  "Tadesse", "Bekele", "Kebede", "Alemu", "Tesfaye", "Haile", "Desta",
  "Wolde", "Asfaw", "Gebre", "Tilahun", "Ayele", "Negash", "Worku",
  "Assefa", "Girma", NULL
};

static const char *const amharic_latin_alias[] = {
  "Abi", "Beti", "Dani", "Mimi", "Yoni", "Hen", NULL
};

static const KoersDemoNamePool amharic_latin = {
  amharic_latin_female, amharic_latin_male, amharic_latin_family,
  amharic_latin_alias
};

static const char *const amharic_geez_female[] = {
  "ሜሮን", "ቤተልሔም", "ትዕግስት", "ሂሩት", "መሰረት", "ሰላማዊት", "አልማዝ",
  "አበባ", "ኤደን", "ሐና", "ቅድስት", "ማህሌት", "ጽዮን", "አስቴር", "መቅደስ",
  "ራሄል", NULL
};

static const char *const amharic_geez_male[] = {
  "አበበ", "ዳዊት", "ዮሐንስ", "ሰለሞን", "ተስፋዬ", "ጌታቸው", "ሙሉጌታ",
  "በረከት", "ሄኖክ", "ያሬድ", "ዳንኤል", "ከበደ", "ታደሰ", "ግርማ", "ብሩክ",
  "ፍቅሩ", "ታምራት", NULL
};

static const char *const amharic_geez_family[] = {
  "ታደሰ", "በቀለ", "ከበደ", "አለሙ", "ተስፋዬ", "ኃይሌ", "ደስታ", "ወልዴ",
  "አስፋው", "ገብሬ", "ጥላሁን", "አየለ", "ነጋሽ", "ወርቁ", "አሰፋ", "ግርማ",
  NULL
};

static const KoersDemoNamePool amharic_geez = {
  amharic_geez_female, amharic_geez_male, amharic_geez_family, no_alias
};

/* ------------------------------------------------------------------------ */
/* Somali (Somalia): Latin script only                                       */

static const char *const somali_latin_female[] = {
  "Faadumo", "Hawa", "Amina", "Sahra", "Hodan", "Ifrah", "Nasra",
  "Fardowsa", "Ubah", "Halimo", "Deeqa", "Sagal", "Ladan", "Maryan",
  "Khadra", NULL
};

static const char *const somali_latin_male[] = {
  "Mohamed", "Abdi", "Ahmed", "Ali", "Hassan", "Abdirahman", "Abdullahi",
  "Mahad", "Liban", "Omar", "Yusuf", "Ismail", "Said", "Abdikarim",
  "Mukhtar", "Guled", NULL
};

static const char *const somali_latin_family[] = {
  "Warsame", "Abdi", "Jama", "Osman", "Aden", "Hussein", "Nur", "Yusuf",
  "Egal", "Dahir", "Ali", "Isse", "Elmi", "Duale", "Gedi", "Abdullahi",
  "Ibrahim", NULL
};

static const char *const somali_latin_alias[] = {
  "Dheere", "Yare", "Gaab", "Cadde", "Faay", "Timacadde", NULL
};

static const KoersDemoNamePool somali_latin = {
  somali_latin_female, somali_latin_male, somali_latin_family,
  somali_latin_alias
};

/* ------------------------------------------------------------------------ */
/* Persian (Iran)                                                            */

static const char *const persian_latin_female[] = {
  "Maryam", "Zahra", "Fatemeh", "Sara", "Leila", "Narges", "Shirin",
  "Niloufar", "Parisa", "Mahsa", "Elham", "Roya", "Azadeh", "Somayeh",
  "Nazanin", NULL
};

static const char *const persian_latin_male[] = {
  "Ali", "Mohammad", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed",
  "Behnam", "Farhad", "Kourosh", "Babak", "Omid", "Arash", "Navid", NULL
};

static const char *const persian_latin_family[] = {
  "Ahmadi", "Hosseini", "Mohammadi", "Rezaei", "Karimi", "Moradi",
  "Jafari", "Rahimi", "Kazemi", "Sadeghi", "Ghasemi", "Najafi", "Heidari",
  "Abbasi", "Tehrani", "Shirazi", NULL
};

static const char *const persian_latin_alias[] = {
  "Mamad", "Amir", "Sasan", "Niloo", "Pari", "Roro", NULL
};

static const KoersDemoNamePool persian_latin = {
  persian_latin_female, persian_latin_male, persian_latin_family,
  persian_latin_alias
};

static const char *const persian_native_female[] = {
  "مریم", "زهرا", "فاطمه", "سارا", "لیلا", "نرگس", "شیرین", "نیلوفر",
  "پریسا", "مهسا", "الهام", "رویا", "آزاده", "سمیه", "نازنین", NULL
};

static const char *const persian_native_male[] = {
  "علی", "محمد", "رضا", "حسین", "مهدی", "امیر", "حمید", "سعید", "بهنام",
  "فرهاد", "کوروش", "بابک", "امید", "آرش", "نوید", NULL
};

static const char *const persian_native_family[] = {
  "احمدی", "حسینی", "محمدی", "رضایی", "کریمی", "مرادی", "جعفری", "رحیمی",
  "کاظمی", "صادقی", "قاسمی", "نجفی", "حیدری", "عباسی", "تهرانی", "شیرازی",
  NULL
};

static const KoersDemoNamePool persian_native = {
  persian_native_female, persian_native_male, persian_native_family,
  no_alias
};

/* ------------------------------------------------------------------------ */
/* Dari and Pashto (Afghanistan)                                             */

static const char *const afghan_latin_female[] = {
  "Mariam", "Fatima", "Zainab", "Gulalai", "Parwana", "Nilofar", "Shabnam",
  "Freshta", "Mursal", "Hasina", "Laila", "Sadia", "Farzana", "Nazia",
  NULL
};

static const char *const afghan_latin_male[] = {
  "Ahmad", "Mohammad", "Abdullah", "Mustafa", "Hamid", "Rahim", "Karim",
  "Jawad", "Sayed", "Naveed", "Farid", "Bilal", "Habib", "Nasir", "Wahid",
  "Khalid", "Ehsan", NULL
};

static const char *const afghan_latin_family[] = {
  "Ahmadzai", "Popal", "Hakimi", "Rahimi", "Sultani", "Noori", "Amiri",
  "Sadat", "Stanikzai", "Mohammadi", "Hashimi", "Azizi", "Safi", "Haidari",
  "Wardak", "Karimi", NULL
};

static const char *const afghan_latin_alias[] = {
  "Jan", "Agha", "Gul", "Khan", "Bacha", NULL
};

static const KoersDemoNamePool afghan_latin = {
  afghan_latin_female, afghan_latin_male, afghan_latin_family,
  afghan_latin_alias
};

static const char *const afghan_native_female[] = {
  "مریم", "فاطمه", "زینب", "گلالی", "پروانه", "نیلوفر", "شبنم", "فرشته",
  "مرسل", "حسینه", "لیلا", "سعدیه", "فرزانه", "نازیه", NULL
};

static const char *const afghan_native_male[] = {
  "احمد", "محمد", "عبدالله", "مصطفی", "حمید", "رحیم", "کریم", "جواد",
  "سید", "نوید", "فرید", "بلال", "حبیب", "ناصر", "وحید", "خالد", "احسان",
  NULL
};

static const char *const afghan_native_family[] = {
  "احمدزی", "پوپل", "حکیمی", "رحیمی", "سلطانی", "نوری", "امیری", "سادات",
  "ستانکزی", "محمدی", "هاشمی", "عزیزی", "صافی", "حیدری", "وردک", "کریمی",
  NULL
};

static const KoersDemoNamePool afghan_native = {
  afghan_native_female, afghan_native_male, afghan_native_family, no_alias
};

/* ------------------------------------------------------------------------ */
/* Urdu (Pakistan)                                                           */

static const char *const urdu_latin_female[] = {
  "Ayesha", "Fatima", "Sana", "Amna", "Hina", "Saima", "Nadia", "Rabia",
  "Sadia", "Mehwish", "Zainab", "Iqra", "Asma", "Shazia", NULL
};

static const char *const urdu_latin_male[] = {
  "Muhammad", "Ali", "Ahmed", "Usman", "Bilal", "Hamza", "Asif", "Kamran",
  "Faisal", "Tariq", "Zeeshan", "Adnan", "Waqas", "Shahid", "Naveed",
  NULL
};

static const char *const urdu_latin_family[] = {
  "Khan", "Ahmed", "Hussain", "Malik", "Butt", "Chaudhry", "Qureshi",
  "Shah", "Iqbal", "Raza", "Akhtar", "Javed", "Rana", "Mirza", "Siddiqui",
  "Sheikh", NULL
};

static const char *const urdu_latin_alias[] = {
  "Billu", "Pappu", "Guddu", "Mani", "Sunny", "Chand", NULL
};

static const KoersDemoNamePool urdu_latin = {
  urdu_latin_female, urdu_latin_male, urdu_latin_family, urdu_latin_alias
};

static const char *const urdu_native_female[] = {
  "عائشہ", "فاطمہ", "ثنا", "آمنہ", "حنا", "صائمہ", "نادیہ", "رابعہ",
  "سعدیہ", "مہوش", "زینب", "اقرا", "اسما", "شازیہ", NULL
};

static const char *const urdu_native_male[] = {
  "محمد", "علی", "احمد", "عثمان", "بلال", "حمزہ", "آصف", "کامران",
  "فیصل", "طارق", "ذیشان", "عدنان", "وقاص", "شاہد", "نوید", NULL
};

static const char *const urdu_native_family[] = {
  "خان", "احمد", "حسین", "ملک", "بٹ", "چوہدری", "قریشی", "شاہ", "اقبال",
  "رضا", "اختر", "جاوید", "رانا", "مرزا", "صدیقی", "شیخ", NULL
};

static const KoersDemoNamePool urdu_native = {
  urdu_native_female, urdu_native_male, urdu_native_family, no_alias
};

/* ------------------------------------------------------------------------ */
/* Nigeria (Yoruba, Igbo, Hausa)                                             */

static const char *const nigeria_female[] = {
  "Chiamaka", "Ngozi", "Adaeze", "Funmilayo", "Folake", "Blessing",
  "Precious", "Aisha", "Amaka", "Chioma", "Titilayo", "Bukola", "Ifeoma",
  "Yetunde", "Esther", "Grace", NULL
};

static const char *const nigeria_male[] = {
  "Chinedu", "Emeka", "Oluwaseun", "Tunde", "Adebayo", "Ikechukwu",
  "Chukwuemeka", "Babatunde", "Obinna", "Segun", "Femi", "Uche", "Ibrahim",
  "Musa", "Samuel", "Godwin", NULL
};

static const char *const nigeria_family[] = {
  "Okonkwo", "Adeyemi", "Eze", "Nwosu", "Ogunleye", "Balogun", "Okeke",
  "Adewale", "Chukwu", "Oyelaran", "Ibrahim", "Bello", "Obi", "Nwachukwu",
  "Olawale", "Uzoma", "Abubakar", NULL
};

static const char *const nigeria_alias[] = {
  "Ada", "Chi", "Seun", "Tee", "Emy", "Baba", "Lizzy", NULL
};

static const KoersDemoNamePool nigeria_latin = {
  nigeria_female, nigeria_male, nigeria_family, nigeria_alias
};

/* ------------------------------------------------------------------------ */
/* Ghana (Akan, Ga, Ewe)                                                     */

static const char *const ghana_female[] = {
  "Akosua", "Ama", "Abena", "Efua", "Adwoa", "Afia", "Akua", "Yaa", "Esi",
  "Comfort", "Gifty", "Priscilla", "Mercy", "Patience", "Abigail", NULL
};

static const char *const ghana_male[] = {
  "Kwame", "Kofi", "Kwaku", "Yaw", "Kwabena", "Kojo", "Kwesi", "Emmanuel",
  "Isaac", "Prince", "Ebenezer", "Samuel", "Francis", "Richard", "Michael",
  NULL
};

static const char *const ghana_family[] = {
  "Mensah", "Owusu", "Asante", "Osei", "Agyeman", "Appiah", "Amoah",
  "Adjei", "Ofori", "Darko", "Acheampong", "Frimpong", "Antwi", "Quaye",
  "Tetteh", "Addo", NULL
};

static const char *const ghana_alias[] = {
  "Paa", "Nana", "Kobby", "Ebo", "Maame", "Obaa", NULL
};

static const KoersDemoNamePool ghana_latin = {
  ghana_female, ghana_male, ghana_family, ghana_alias
};

/* ------------------------------------------------------------------------ */
/* Senegambia and Guinea (Wolof, Fula, Mandinka)                             */

static const char *const senegambia_female[] = {
  "Fatou", "Aminata", "Mariama", "Awa", "Binta", "Kadiatou", "Aissatou",
  "Ndeye", "Khady", "Isatou", "Haddy", "Oumou", "Fanta", "Rokhaya",
  "Coumba", NULL
};

static const char *const senegambia_male[] = {
  "Mamadou", "Ousmane", "Ibrahima", "Abdoulaye", "Moussa", "Cheikh",
  "Modou", "Lamin", "Alieu", "Alpha", "Souleymane", "Boubacar", "Sekou",
  "Ebrima", "Omar", "Pape", NULL
};

static const char *const senegambia_family[] = {
  "Diallo", "Bah", "Barry", "Ndiaye", "Diop", "Fall", "Sarr", "Jallow",
  "Ceesay", "Touray", "Camara", "Sylla", "Keita", "Baldeh", "Jobe", "Faye",
  "Sanneh", NULL
};

static const char *const senegambia_alias[] = {
  "Pa", "Baye", "Modou", "Mama", "Ablaye", "Tapha", NULL
};

static const KoersDemoNamePool senegambia_latin = {
  senegambia_female, senegambia_male, senegambia_family, senegambia_alias
};

/* ------------------------------------------------------------------------ */
/* Upper Guinea coast, anglophone (Sierra Leone, Liberia)                    */

static const char *const guineacoast_female[] = {
  "Fatmata", "Isatu", "Hawa", "Mariatu", "Aminata", "Kadiatu", "Zainab",
  "Memunatu", "Comfort", "Mercy", "Hannah", "Princess", "Musu", "Satta",
  "Kebbeh", NULL
};

static const char *const guineacoast_male[] = {
  "Mohamed", "Abu", "Alhaji", "Foday", "Sorie", "Ibrahim", "Alusine",
  "Emmanuel", "Joseph", "Samuel", "Momoh", "Sahr", "Varney", "Moses",
  "Augustine", NULL
};

static const char *const guineacoast_family[] = {
  "Kamara", "Sesay", "Conteh", "Koroma", "Bangura", "Kargbo", "Turay",
  "Mansaray", "Jalloh", "Kanneh", "Kollie", "Flomo", "Kromah", "Dolo",
  "Fofanah", "Kallon", NULL
};

static const char *const guineacoast_alias[] = {
  "Pa Alimamy", "Sweetie", "Junior", "Small Boy", "Mamie", NULL
};

static const KoersDemoNamePool guineacoast_latin = {
  guineacoast_female, guineacoast_male, guineacoast_family,
  guineacoast_alias
};

/* ------------------------------------------------------------------------ */
/* Francophone West and Central Africa (Côte d'Ivoire, Cameroon)            */

static const char *const franco_female[] = {
  "Aya", "Adjoua", "Affoué", "Awa", "Mariam", "Christelle", "Estelle",
  "Grâce", "Clarisse", "Nadège", "Sandrine", "Carine", "Ornella",
  "Brigitte", "Josiane", NULL
};

static const char *const franco_male[] = {
  "Kouassi", "Kouadio", "Yao", "Koffi", "Konan", "Serge", "Jean-Claude",
  "Hervé", "Arnaud", "Franck", "Patrick", "Landry", "Aboubacar", "Issouf",
  "Junior", "Blaise", NULL
};

static const char *const franco_family[] = {
  "Koné", "Traoré", "Kouamé", "N'Guessan", "Bamba", "Coulibaly",
  "Kouadio", "Fofana", "Mbarga", "Nkomo", "Fotso", "Tchoumi", "Ngono",
  "Essomba", "Kamga", "Atangana", NULL
};

static const char *const franco_alias[] = {
  "Le Grand", "Petit", "Bébé", "Tonton", "Djo", "Kiki", NULL
};

static const KoersDemoNamePool franco_latin = {
  franco_female, franco_male, franco_family, franco_alias
};

/* ------------------------------------------------------------------------ */
/* Turkish and Kurdish (Turkey)                                              */

static const char *const turkish_female[] = {
  "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Büşra",
  "Esra", "Özlem", "Derya", "Gül", "Hülya", "Sevgi", "Yasemin", "Berfin",
  "Dilan", "Rojda", NULL
};

static const char *const turkish_male[] = {
  "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim",
  "İsmail", "Murat", "Emre", "Serkan", "Kemal", "Osman", "Yusuf", "Ömer",
  "Baran", "Serhat", "Rojhat", NULL
};

static const char *const turkish_family[] = {
  "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın",
  "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç",
  "Kurt", "Polat", NULL
};

static const char *const turkish_alias[] = {
  "Memo", "Abi", "Hacı", "Reis", "Ayşo", "Heval", NULL
};

static const KoersDemoNamePool turkish_latin = {
  turkish_female, turkish_male, turkish_family, turkish_alias
};

/* ------------------------------------------------------------------------ */
/* Georgian (Georgia)                                                        */

static const char *const georgian_latin_female[] = {
  "Nino", "Mariam", "Tamar", "Ana", "Ekaterine", "Natia", "Salome",
  "Ketevan", "Lika", "Maia", "Nana", "Teona", "Khatia", "Elene", NULL
};

static const char *const georgian_latin_male[] = {
  "Giorgi", "Davit", "Levan", "Aleksandre", "Nikoloz", "Irakli", "Zurab",
  "Gocha", "Lasha", "Tornike", "Vakhtang", "Beka", "Mamuka", "Shota",
  NULL
};

static const char *const georgian_latin_family[] = {
  "Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Giorgadze",
  "Lomidze", "Tsiklauri", "Nozadze", "Khutsishvili", "Japaridze",
  "Tabatadze", "Kavtaradze", "Bolkvadze", NULL
};

static const char *const georgian_latin_alias[] = {
  "Gio", "Dato", "Sandro", "Nika", "Keti", "Tako", NULL
};

static const KoersDemoNamePool georgian_latin = {
  georgian_latin_female, georgian_latin_male, georgian_latin_family,
  georgian_latin_alias
};

static const char *const georgian_native_female[] = {
  "ნინო", "მარიამ", "თამარ", "ანა", "ეკატერინე", "ნათია", "სალომე",
  "ქეთევან", "ლიკა", "მაია", "ნანა", "თეონა", "ხატია", "ელენე", NULL
};

static const char *const georgian_native_male[] = {
  "გიორგი", "დავით", "ლევან", "ალექსანდრე", "ნიკოლოზ", "ირაკლი", "ზურაბ",
  "გოჩა", "ლაშა", "თორნიკე", "ვახტანგ", "ბექა", "მამუკა", "შოთა", NULL
};

static const char *const georgian_native_family[] = {
  "ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "გიორგაძე", "ლომიძე",
  "წიკლაური", "ნოზაძე", "ხუციშვილი", "ჯაფარიძე", "ტაბატაძე", "ქავთარაძე",
  "ბოლქვაძე", NULL
};

static const char *const georgian_native_alias[] = {
  "გიო", "დათო", "სანდრო", "ნიკა", "ქეთი", "თაკო", NULL
};

static const KoersDemoNamePool georgian_native = {
  georgian_native_female, georgian_native_male, georgian_native_family,
  georgian_native_alias
};

/* ------------------------------------------------------------------------ */
/* Armenian (Armenia)                                                        */

static const char *const armenian_latin_female[] = {
  "Ani", "Mariam", "Anahit", "Gayane", "Lilit", "Narine", "Armine",
  "Siranush", "Hasmik", "Anna", "Lusine", "Tatevik", "Mane", "Gohar", NULL
};

static const char *const armenian_latin_male[] = {
  "Aram", "Davit", "Armen", "Tigran", "Narek", "Hayk", "Gevorg", "Vahe",
  "Sargis", "Artur", "Hovhannes", "Ruben", "Edgar", "Arsen", NULL
};

static const char *const armenian_latin_family[] = {
  "Harutyunyan", "Grigoryan", "Petrosyan", "Hovhannisyan", "Karapetyan",
  "Mkrtchyan", "Gevorgyan", "Avetisyan", "Martirosyan", "Ghazaryan",
  "Hakobyan", "Vardanyan", "Poghosyan", NULL
};

static const char *const armenian_latin_alias[] = {
  "Ara", "Dav", "Hayko", "Naro", "Lilo", NULL
};

static const KoersDemoNamePool armenian_latin = {
  armenian_latin_female, armenian_latin_male, armenian_latin_family,
  armenian_latin_alias
};

static const char *const armenian_native_female[] = {
  "Անի", "Մարիամ", "Անահիտ", "Գայանե", "Լիլիթ", "Նարինե", "Արմինե",
  "Սիրանուշ", "Հասմիկ", "Աննա", "Լուսինե", "Տաթևիկ", "Մանե", "Գոհար", NULL
};

static const char *const armenian_native_male[] = {
  "Արամ", "Դավիթ", "Արմեն", "Տիգրան", "Նարեկ", "Հայկ", "Գևորգ", "Վահե",
  "Սարգիս", "Արթուր", "Հովհաննես", "Ռուբեն", "Էդգար", "Արսեն", NULL
};

static const char *const armenian_native_family[] = {
  "Հարությունյան", "Գրիգորյան", "Պետրոսյան", "Հովհաննիսյան", "Կարապետյան",
  "Մկրտչյան", "Գևորգյան", "Ավետիսյան", "Մարտիրոսյան", "Ղազարյան",
  "Հակոբյան", "Վարդանյան", "Պողոսյան", NULL
};

static const KoersDemoNamePool armenian_native = {
  armenian_native_female, armenian_native_male, armenian_native_family,
  no_alias
};

/* ------------------------------------------------------------------------ */
/* Mongolian (Mongolia), Cyrillic script                                     */

static const char *const mongolian_latin_female[] = {
  "Oyuunchimeg", "Enkhjargal", "Sarangerel", "Bolormaa", "Narantsetseg",
  "Khulan", "Anujin", "Nomin", "Munkhzul", "Tsetsegmaa", "Tuya", "Ariunaa",
  "Uranchimeg", NULL
};

static const char *const mongolian_latin_male[] = {
  "Bat-Erdene", "Ganbaatar", "Batbayar", "Enkhbayar", "Munkhbat",
  "Erdenebat", "Tumur", "Ganzorig", "Bold", "Baatar", "Temuujin", "Ochir",
  "Dorj", "Bayar", NULL
};

static const char *const mongolian_latin_family[] = {
  "Ganbold", "Batsukh", "Tserendorj", "Dashdorj", "Purevdorj", "Gantulga",
  "Batjargal", "Lkhagvasuren", "Byambadorj", "Otgonbayar", "Naranbaatar",
  "Enkhtuvshin", "Chuluun", NULL
};

static const char *const mongolian_latin_alias[] = {
  "Bata", "Ganaa", "Tuya", "Saraa", "Bolor", "Temuka", NULL
};

static const KoersDemoNamePool mongolian_latin = {
  mongolian_latin_female, mongolian_latin_male, mongolian_latin_family,
  mongolian_latin_alias
};

static const char *const mongolian_native_female[] = {
  "Оюунчимэг", "Энхжаргал", "Сарангэрэл", "Болормаа", "Наранцэцэг",
  "Хулан", "Анужин", "Номин", "Мөнхзул", "Цэцэгмаа", "Туяа", "Ариунаа",
  "Уранчимэг", NULL
};

static const char *const mongolian_native_male[] = {
  "Бат-Эрдэнэ", "Ганбаатар", "Батбаяр", "Энхбаяр", "Мөнхбат", "Эрдэнэбат",
  "Төмөр", "Ганзориг", "Болд", "Баатар", "Тэмүүжин", "Очир", "Дорж",
  "Баяр", NULL
};

static const char *const mongolian_native_family[] = {
  "Ганболд", "Батсүх", "Цэрэндорж", "Дашдорж", "Пүрэвдорж", "Гантулга",
  "Батжаргал", "Лхагвасүрэн", "Бямбадорж", "Отгонбаяр", "Наранбаатар",
  "Энхтүвшин", "Чулуун", NULL
};

static const KoersDemoNamePool mongolian_native = {
  mongolian_native_female, mongolian_native_male, mongolian_native_family,
  no_alias
};

/* ------------------------------------------------------------------------ */
/* Sri Lankan Tamil (Sri Lanka)                                              */

static const char *const tamil_latin_female[] = {
  "Priya", "Lakshmi", "Meena", "Kavitha", "Sumathi", "Vasanthi",
  "Tharshini", "Shanthi", "Malathi", "Sangeetha", "Geetha", "Jeyanthi",
  "Thulasi", "Vanitha", NULL
};

static const char *const tamil_latin_male[] = {
  "Kumar", "Suresh", "Ramesh", "Sivakumar", "Ganesh", "Murugan", "Rajan",
  "Selvam", "Kannan", "Tharshan", "Niranjan", "Prakash", "Arun", "Mathan",
  "Kajan", NULL
};

static const char *const tamil_latin_family[] = {
  "Sivarajah", "Nadarajah", "Kandiah", "Selvarajah", "Sinnathamby",
  "Rasalingam", "Thiruchelvam", "Kanagaratnam", "Mahendran", "Yogarajah",
  "Arumugam", "Sivanathan", "Navaratnam", NULL
};

static const char *const tamil_latin_alias[] = {
  "Siva", "Ravi", "Kanna", "Thambi", "Selvi", NULL
};

static const KoersDemoNamePool tamil_latin = {
  tamil_latin_female, tamil_latin_male, tamil_latin_family,
  tamil_latin_alias
};

static const char *const tamil_native_female[] = {
  "பிரியா", "லட்சுமி", "மீனா", "கவிதா", "சுமதி", "வசந்தி", "தர்ஷினி",
  "சாந்தி", "மாலதி", "சங்கீதா", "கீதா", "ஜெயந்தி", "துளசி", "வனிதா", NULL
};

static const char *const tamil_native_male[] = {
  "குமார்", "சுரேஷ்", "ரமேஷ்", "சிவகுமார்", "கணேஷ்", "முருகன்", "ராஜன்",
  "செல்வம்", "கண்ணன்", "தர்ஷன்", "நிரஞ்சன்", "பிரகாஷ்", "அருண்", "மதன்",
  "கஜன்", NULL
};

static const char *const tamil_native_family[] = {
  "சிவராஜா", "நடராஜா", "கந்தையா", "செல்வராஜா", "சின்னத்தம்பி",
  "ராசலிங்கம்", "திருச்செல்வம்", "கனகரத்தினம்", "மகேந்திரன்", "யோகராஜா",
  "ஆறுமுகம்", "சிவநாதன்", "நவரத்தினம்", NULL
};

static const KoersDemoNamePool tamil_native = {
  tamil_native_female, tamil_native_male, tamil_native_family, no_alias
};

/* ------------------------------------------------------------------------ */
/* Suriname (Creole, Hindustani, Javanese, Chinese backgrounds)              */

static const char *const suriname_female[] = {
  "Shanti", "Priya", "Sunita", "Anita", "Kavita", "Shirley", "Jennifer",
  "Sharon", "Natasha", "Rosita", "Wilhelmina", "Iris", "Soraya", "Sita",
  "Gerda", NULL
};

static const char *const suriname_male[] = {
  "Ravi", "Rajesh", "Sunil", "Anand", "Ricardo", "Romeo", "Marciano",
  "Errol", "Remy", "Glenn", "Ronald", "Dennis", "Kenneth", "Steven",
  "Radjen", NULL
};

static const char *const suriname_family[] = {
  "Ramdin", "Jagroep", "Sital", "Ramsaran", "Mahabier", "Kalloe", "Pinas",
  "Sabajo", "Kromodimedjo", "Karijo", "Wongsodikromo", "Biharie",
  "Amatredjo", "Tjon", "Lieuw", "Redan", "Graanoogst", "Doelwijt", NULL
};

static const char *const suriname_alias[] = {
  "Boy", "Pikin", "Sonny", "Baba", "Dushi", "Mies", NULL
};

static const KoersDemoNamePool suriname_latin = {
  suriname_female, suriname_male, suriname_family, suriname_alias
};

/* ------------------------------------------------------------------------ */
/* Chinese (China), pinyin and simplified characters                         */

static const char *const chinese_latin_female[] = {
  "Xiuying", "Guiying", "Li", "Min", "Jing", "Lijuan", "Yan", "Juan",
  "Xia", "Fang", "Hongmei", "Yulan", "Xiaoyan", NULL
};

static const char *const chinese_latin_male[] = {
  "Wei", "Qiang", "Lei", "Jun", "Yong", "Jie", "Tao", "Ming", "Chao",
  "Gang", "Ping", "Bin", "Jianhua", "Zhiqiang", "Haibo", NULL
};

static const char *const chinese_latin_family[] = {
  "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
  "Zhou", "Xu", "Sun", "Lin", "Zheng", "Hu", "Ye", NULL
};

static const char *const chinese_latin_alias[] = {
  "Xiao Li", "A Wei", "Lao Chen", "Xiao Mei", "A Ming", NULL
};

static const KoersDemoNamePool chinese_latin = {
  chinese_latin_female, chinese_latin_male, chinese_latin_family,
  chinese_latin_alias
};

static const char *const chinese_native_female[] = {
  "秀英", "桂英", "丽", "敏", "静", "丽娟", "艳", "娟", "霞", "芳", "红梅",
  "玉兰", "晓燕", NULL
};

static const char *const chinese_native_male[] = {
  "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "斌",
  "建华", "志强", "海波", NULL
};

static const char *const chinese_native_family[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
  "林", "郑", "胡", "叶", NULL
};

static const char *const chinese_native_alias[] = {
  "小李", "阿伟", "老陈", "小梅", "阿明", NULL
};

static const KoersDemoNamePool chinese_native = {
  chinese_native_female, chinese_native_male, chinese_native_family,
  chinese_native_alias
};

/* ------------------------------------------------------------------------ */
/* Countries                                                                 */

static const KoersDemoCountry demo_countries[] = {
  /* Horn of Africa and Sudan */
  { "ER", 8, &tigrinya_latin, &tigrinya_geez, 30,
    "Tigrinya, Tigre, Arabic, English" },
  { "ET", 4, &amharic_latin, &amharic_geez, 25,
    "Amharic, Oromo, Tigrinya, English" },
  { "SD", 5, &mashriq_latin, &mashriq_arabic, 35, "Arabic, English" },
  { "SO", 5, &somali_latin, NULL, 0, "Somali, Arabic, English" },

  /* North Africa */
  { "MA", 12, &maghreb_latin, &maghreb_arabic, 15,
    "Arabic, Tamazight, French, Spanish" },
  { "DZ", 8, &maghreb_latin, &maghreb_arabic, 15,
    "Arabic, Kabyle, French" },
  { "TN", 4, &maghreb_latin, &maghreb_arabic, 15, "Arabic, French" },
  { "EG", 4, &mashriq_latin, &mashriq_arabic, 30, "Arabic, English" },
  { "LY", 2, &maghreb_latin, &maghreb_arabic, 35, "Arabic, English" },

  /* West and Central Africa */
  { "NG", 6, &nigeria_latin, NULL, 0,
    "English, Yoruba, Igbo, Hausa, Nigerian Pidgin" },
  { "GH", 6, &ghana_latin, NULL, 0, "English, Twi, Ga, Ewe" },
  { "GN", 3, &senegambia_latin, NULL, 0, "French, Fula, Malinke, Susu" },
  { "SL", 3, &guineacoast_latin, NULL, 0, "Krio, English, Temne, Mende" },
  { "GM", 2, &senegambia_latin, NULL, 0,
    "English, Mandinka, Wolof, Fula" },
  { "SN", 2, &senegambia_latin, NULL, 0, "Wolof, French, Fula" },
  { "CI", 2, &franco_latin, NULL, 0, "French, Dioula, Baoule" },
  { "CM", 2, &franco_latin, NULL, 0,
    "French, English, Cameroonian Pidgin, Fulfulde" },
  { "LR", 2, &guineacoast_latin, NULL, 0,
    "English, Liberian English, Kpelle, Bassa" },

  /* Middle East and South Asia */
  { "SY", 4, &mashriq_latin, &mashriq_arabic, 35,
    "Arabic, Kurdish, English" },
  { "IQ", 5, &mashriq_latin, &mashriq_arabic, 35,
    "Arabic, Kurdish, English" },
  { "IR", 4, &persian_latin, &persian_native, 30,
    "Persian, Azerbaijani, Kurdish, English" },
  { "AF", 5, &afghan_latin, &afghan_native, 30, "Dari, Pashto, Urdu" },
  { "PK", 3, &urdu_latin, &urdu_native, 15,
    "Urdu, Punjabi, Pashto, English" },
  { "YE", 2, &mashriq_latin, &mashriq_arabic, 40, "Arabic" },
  { "TR", 5, &turkish_latin, NULL, 0, "Turkish, Kurdish" },

  /* Caucasus and Central/East Asia */
  { "GE", 3, &georgian_latin, &georgian_native, 20, "Georgian, Russian" },
  { "AM", 3, &armenian_latin, &armenian_native, 20, "Armenian, Russian" },
  { "MN", 3, &mongolian_latin, &mongolian_native, 20,
    "Mongolian, Russian" },
  { "LK", 2, &tamil_latin, &tamil_native, 15, "Tamil, Sinhala, English" },
  { "CN", 3, &chinese_latin, &chinese_native, 30,
    "Mandarin, Wenzhounese, Cantonese" },

  /* South America */
  { "SR", 6, &suriname_latin, NULL, 0,
    "Dutch, Sranan Tongo, Sarnami, Javanese" },

  { NULL, 0, NULL, NULL, 0, NULL }
};

/**
 * koers_demo_countries:
 *
 * Returns the table of countries the demo population is drawn from, with
 * their relative weights, Latin-script and (optional) native-script name
 * pools, the chance that a person is recorded in native script, and the
 * languages commonly spoken.  The table is static, owned by Koers, and
 * terminated by an entry whose @country is %NULL.
 *
 * Returns: (transfer none): the country table
 */
const KoersDemoCountry *
koers_demo_countries (void)
{
  return demo_countries;
}

static const char *const demo_staff_names[] = {
  "Sanne de Vries",
  "Youssef El Amrani",
  "Marieke Jansen",
  "Jeroen Visser",
  "Lotte van den Berg",
  "Daan Smit",
  "Esther Mulder",
  "Ruben Bos",
  "Noor Hamdaoui",
  "Kofi Mensah-de Wit",
  "Anouk Verhoeven",
  "Thijs Kramer",
  "Ilse de Groot",
  "Emre Aydın",
  "Shanti Mahabier",
  "Femke Postma",
  "Bram Hoekstra",
  "Hanneke Schouten",
  NULL
};

/**
 * koers_demo_staff_names:
 *
 * Returns fictional names (given name followed by family name) for the
 * coaches and other staff of the demo organisation.  The names are
 * Dutch/Amsterdam-style, with the mixed backgrounds typical of the city.
 * The array is static, owned by Koers, and %NULL-terminated.
 *
 * Returns: (transfer none) (array zero-terminated=1): the staff names
 */
const char *const *
koers_demo_staff_names (void)
{
  return demo_staff_names;
}

static const char *const demo_referrers[] = {
  "Night shelter staff",
  "Legal aid volunteer",
  "Church community",
  "Mosque community",
  "General practitioner",
  "Municipal social worker",
  "Day centre for homeless people",
  "Women's shelter",
  "Hospital social work",
  "Immigration lawyer",
  "Street outreach worker",
  "Migrant community organisation",
  "Food bank volunteer",
  "Refugee support group",
  "Fellow client",
  "Self-referral",
  NULL
};

/**
 * koers_demo_referrers:
 *
 * Returns the kinds of referrers (organisations and roles, never real
 * people) through which demo clients reach the organisation, in English.
 * The array is static, owned by Koers, and %NULL-terminated.
 *
 * Returns: (transfer none) (array zero-terminated=1): the referrer kinds
 */
const char *const *
koers_demo_referrers (void)
{
  return demo_referrers;
}
