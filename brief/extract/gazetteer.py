"""Hand-written gazetteers: countries (names, demonyms, capitals) and major organisations.

No NER model may be downloaded, so actor recognition rests on these lists. A capital is
listed because news uses it for the government ("Moscow wants ..."). Lines are
`Country | other names | demonyms | capitals`, `;` between alternatives.
"""

from __future__ import annotations

from dataclasses import dataclass

_COUNTRIES = """
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Andorra||Andorran|
Angola||Angolan|Luanda
Antigua and Barbuda|||
Argentina||Argentine;Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani;Azeri|Baku
Bahamas|The Bahamas|Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Barbados||Barbadian|
Belarus||Belarusian;Belarussian|Minsk
Belgium||Belgian|
Belize||Belizean|
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian|Sarajevo
Botswana||Botswanan|Gaborone
Brazil||Brazilian|Brasilia;Brasília
Brunei||Bruneian|
Bulgaria||Bulgarian|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Bujumbura;Gitega
Cambodia|Kampuchea|Cambodian;Kampuchean|Phnom Penh
Cameroon||Cameroonian|Yaounde;Yaoundé
Canada||Canadian|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic|CAR||Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China;PRC|Chinese|Beijing
Colombia||Colombian|Bogota;Bogotá
Comoros||Comorian|Moroni
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville;Congo||Brazzaville
Costa Rica||Costa Rican|San Jose
Ivory Coast|Côte d'Ivoire;Cote d'Ivoire;The Ivory Coast|Ivorian|Abidjan;Yamoussoukro
Croatia||Croatian;Croat|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia;Czechoslovakia|Czech;Czechoslovak|Prague
Denmark||Danish;Dane|Copenhagen
Djibouti||Djiboutian|
Dominica|||
Dominican Republic||Dominican|Santo Domingo
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish;Finn|Helsinki
France||French|Paris
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian|Tbilisi
Germany|West Germany;East Germany|German|Berlin;Bonn
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Grenada||Grenadian|
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau|||Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran||Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland|Republic of Ireland;Eire|Irish|Dublin
Israel||Israeli|Jerusalem;Tel Aviv
Italy||Italian|Rome
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana;Almaty
Kenya||Kenyan|Nairobi
Kiribati|||
North Korea|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang
South Korea|Republic of Korea;ROK|South Korean|Seoul
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao;Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho|Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Liechtenstein|||Vaduz
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|
Mali||Malian|Bamako
Malta||Maltese|Valletta
Marshall Islands|||
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mexico||Mexican|Mexico City
Micronesia|||
Moldova||Moldovan|Chisinau;Chișinău
Monaco||Monegasque|
Mongolia||Mongolian|Ulaanbaatar;Ulan Bator
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw;Yangon;Rangoon
Namibia||Namibian|Windhoek
Nauru|||
Nepal||Nepalese;Nepali|Kathmandu
Netherlands|The Netherlands;Holland|Dutch|Amsterdam;The Hague
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja;Lagos
North Macedonia|Macedonia;Former Yugoslav Republic of Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palau|||
Palestine|Palestinian territories;Palestinian Authority|Palestinian|Ramallah
Panama||Panamanian|Panama City
Papua New Guinea|||Port Moresby
Paraguay||Paraguayan|Asuncion;Asunción
Peru||Peruvian|Lima
Philippines|The Philippines;Phillippines|Filipino;Philippine|Manila
Poland||Polish;Pole|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation;Soviet Union;USSR|Russian;Soviet|Moscow
Rwanda||Rwandan|Kigali
Saint Kitts and Nevis|||
Saint Lucia|||
Saint Vincent and the Grenadines|||
Samoa||Samoan|
San Marino|||
Sao Tome and Principe|||
Saudi Arabia|Saudi|Saudi;Saudi Arabian|Riyadh
Senegal||Senegalese|Dakar
Serbia|Yugoslavia|Serbian;Serb;Yugoslav|Belgrade
Seychelles|||
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian;Slovene|Ljubljana
Solomon Islands|||
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria;Johannesburg
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish;Swede|Stockholm
Switzerland||Swiss|Bern;Berne
Syria||Syrian|Damascus
Taiwan|Republic of China|Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma;Dar es Salaam
Thailand||Thai|Bangkok
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lome;Lomé
Tonga||Tongan|
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tunisia||Tunisian|Tunis
Turkey|Türkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu|||
Uganda||Ugandan|Kampala
Ukraine|The Ukraine|Ukrainian|Kyiv;Kiev
United Arab Emirates|UAE|Emirati|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton|London;Whitehall
United States|US;U.S.;USA;U.S.A.;America;United States of America|American|Washington
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Vanuatu|||
Vatican|Holy See||Vatican City
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa;Sana'a
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
"""

# Canonical name | aliases. Government bodies that stand for a country are kept as
# organisations (White House, Kremlin, State Department): the brief shows who spoke.
_ORGANISATIONS = """
NATO|North Atlantic Treaty Organization;North Atlantic Treaty Organisation;Nato
European Union|EU;E.U.
European Commission|
European Parliament|
European Community|EC
United Nations|UN;U.N.
UN Security Council|Security Council;United Nations Security Council;U.N. Security Council
UN General Assembly|General Assembly
UNHCR|UN refugee agency;U.N. refugee agency;United Nations High Commissioner for Refugees
UNICEF|
World Food Programme|WFP;World Food Program
World Health Organization|WHO
International Atomic Energy Agency|IAEA
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO
International Criminal Court|ICC
International Court of Justice|ICJ
OSCE|Organization for Security and Co-operation in Europe
African Union|AU
Arab League|League of Arab States
ASEAN|Association of Southeast Asian Nations
ECOWAS|Economic Community of West African States
Gulf Cooperation Council|GCC
OPEC|
G7|Group of Seven
G20|Group of 20
Shanghai Cooperation Organisation|SCO
Collective Security Treaty Organization|CSTO
Commonwealth of Independent States|CIS
White House|
Kremlin|
State Department|US State Department;U.S. State Department;Department of State
Pentagon|Department of Defense;US Department of Defense
Foreign Office|Foreign, Commonwealth and Development Office;FCDO
Downing Street|
CIA|Central Intelligence Agency
FBI|Federal Bureau of Investigation
Congress|US Congress;U.S. Congress
Senate|US Senate;U.S. Senate
Bundestag|
Duma|State Duma
Hamas|
Hezbollah|Hizbollah
Taliban|
Islamic State|ISIS;ISIL;Daesh
al-Qaeda|al-Qaida;Al Qaeda;Al-Qaeda
Wagner Group|Wagner
Associated Press|AP
Reuters|
Agence France-Presse|AFP
TASS|Tass;ITAR-TASS
Interfax|
RIA Novosti|RIA
Xinhua|
BBC|
CNN|
Al Jazeera|
Washington Post|
New York Times|
Wall Street Journal|
Financial Times|
The Guardian|
Bloomberg|
Red Cross|International Committee of the Red Cross;ICRC;Red Crescent
Amnesty International|Amnesty
Human Rights Watch|HRW
Doctors Without Borders|Médecins Sans Frontières;Medecins Sans Frontieres;MSF
Oxfam|
Save the Children|
Physicians for Human Rights|
"""


# Cities that stand for an organisation rather than their country's government
# ("Brussels wants ..." is the EU). `City | organisation`; treated like a capital.
_METONYMS = """
Brussels|European Union
"""


@dataclass(frozen=True)
class Entry:
    name: str  # canonical
    kind: str  # "country" or "organisation"
    form: str  # "name", "demonym", "capital" or "alias"


def _build() -> dict[str, Entry]:
    table: dict[str, Entry] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, others, demonyms, capitals = (line.split("|") + ["", "", ""])[:4]
        for form, items in (("capital", capitals), ("demonym", demonyms), ("name", others)):
            for item in filter(None, items.split(";")):
                table[item] = Entry(name, "country", form)
        table[name] = Entry(name, "country", "name")
    for line in _ORGANISATIONS.strip().splitlines():
        name, aliases = (line.split("|") + [""])[:2]
        for item in filter(None, aliases.split(";")):
            table.setdefault(item, Entry(name, "organisation", "alias"))
        table[name] = Entry(name, "organisation", "name")
    for line in _METONYMS.strip().splitlines():
        city, org = line.split("|")
        table[city] = Entry(org, "organisation", "capital")
    return table


GAZETTEER: dict[str, Entry] = _build()
"""Surface form (case-sensitive) -> what it stands for."""
