package org.safeguard.fostering.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Made-up carers' names and addresses in real towns of the demo county, with postcodes of the right areas. */
final class DemoWords {

    record Town(String name, List<String> postcodeDistricts) {}

    static final List<String> SURNAMES = List.of("Hartley", "Okonjo", "Pemberton", "Walsh", "Fairbairn", "Mistry",
            "Collins", "Drummond", "Ashworth", "Kowalski", "Bramley", "Nightingale", "Osei", "Thackeray", "Lambert",
            "Reddy", "Gallagher", "Whitmore", "Stanton", "Holloway", "Fenwick", "Adebayo", "Marsden", "Quinn", "Sutcliffe",
            "Campbell", "Radcliffe", "Tanaka", "Everett", "Blackwell", "Moreno", "Dunstan", "Hughes", "Pritchard",
            "Lindqvist", "Bowen", "Kerr", "Ahmed", "Sinclair", "Coulson", "Haworth", "Barrington", "Ellery", "Fox");
    static final List<String> WOMEN = List.of("Jane", "Amanda", "Priya", "Sarah", "Michelle", "Grace", "Helen", "Claire",
            "Nicola", "Joanne", "Ayesha", "Lorraine", "Karen", "Deborah", "Fiona", "Tracey", "Ruth", "Linda", "Abena",
            "Catherine", "Gemma", "Louise", "Sandra", "Yvonne");
    static final List<String> MEN = List.of("Sam", "David", "Mark", "Paul", "Richard", "Andrew", "Tunde", "Graham",
            "Stephen", "Neil", "Imran", "Gary", "Martin", "Kevin", "Simon", "Peter", "Tom", "Colin", "Raj", "Philip");
    static final List<String> STREETS = List.of("Station Road", "Church Lane", "High Street", "Mill Road", "The Green",
            "Orchard Way", "Victoria Street", "Cromwell Road", "Elm Close", "Willow Drive", "Queen's Road", "Fen Lane",
            "Chapel Street", "Meadow Rise", "Priory Road", "Kingfisher Way");
    static final List<String> VENUES = List.of("family centre", "contact centre", "children's centre", "library meeting room");

    private static final Map<String, List<Town>> TOWNS = Map.of(
            "fenland", List.of(new Town("March", List.of("PE15")), new Town("Wisbech", List.of("PE13", "PE14")),
                    new Town("Whittlesey", List.of("PE7")), new Town("Chatteris", List.of("PE16"))),
            "huntingdonshire", List.of(new Town("Huntingdon", List.of("PE29")), new Town("St Neots", List.of("PE19")),
                    new Town("St Ives", List.of("PE27")), new Town("Ramsey", List.of("PE26"))),
            "cambridge city", List.of(new Town("Cambridge", List.of("CB1", "CB2", "CB3", "CB4", "CB5"))),
            "south cambridgeshire", List.of(new Town("Cambourne", List.of("CB23")), new Town("Sawston", List.of("CB22")),
                    new Town("Histon", List.of("CB24"))),
            "east cambridgeshire", List.of(new Town("Ely", List.of("CB7")), new Town("Soham", List.of("CB7")),
                    new Town("Littleport", List.of("CB6"))),
            "peterborough", List.of(new Town("Peterborough", List.of("PE1", "PE2", "PE3", "PE4"))));

    private DemoWords() {
    }

    static List<Town> towns(String district) {
        List<Town> towns = TOWNS.get(district.toLowerCase(Locale.ROOT));
        return towns != null ? towns : List.of(new Town(district, List.of("PE1")));
    }

    static String postcode(Random rnd, Town town) {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return pick(rnd, town.postcodeDistricts()) + " " + rnd.nextInt(10)
                + letters.charAt(rnd.nextInt(letters.length())) + letters.charAt(rnd.nextInt(letters.length()));
    }

    static <T> T pick(Random rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }
}
