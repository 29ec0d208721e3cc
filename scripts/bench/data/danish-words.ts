/** Small Danish word lists the bench data is built from; combined at random they read like a real municipality's work. */

export const FIRST_NAMES = [
  'Anne', 'Mette', 'Louise', 'Camilla', 'Maria', 'Sofie', 'Pernille', 'Helle', 'Line', 'Trine', 'Birgitte', 'Karen',
  'Signe', 'Ida', 'Maja', 'Nanna', 'Fatima', 'Aisha', 'Lene', 'Hanne', 'Jonas', 'Mikkel', 'Lars', 'Peter', 'Søren',
  'Anders', 'Rasmus', 'Thomas', 'Martin', 'Henrik', 'Jesper', 'Kasper', 'Morten', 'Niels', 'Jens', 'Ole', 'Frederik',
  'Emil', 'Ali', 'Omar', 'Bo', 'Kim', 'Ulla', 'Tove', 'Jakob', 'Christian', 'Mads', 'Simon', 'Asger', 'Ebbe',
];

export const LAST_NAMES = [
  'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
  'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen', 'Holm',
  'Kjærgaard', 'Østergaard', 'Bech', 'Lund', 'Nørgaard', 'Aziz', 'Dam', 'Frost', 'Krogh', 'Vestergaard', 'Bak',
  'Mikkelsen', 'Svendsen', 'Juhl', 'Ahmed', 'Hedegaard', 'Skov', 'Friis', 'Winther', 'Laursen',
];

export const UNITS = [
  'Børn og Unge', 'Beskæftigelse', 'Jobcenter', 'Social og Sundhed', 'Ældre og Handicap', 'Kultur og Fritid',
  'Teknik og Miljø', 'Ungdomsskolen', 'Sundhedsplejen', 'PPR', 'Familieafdelingen', 'Borgerservice', 'Direktionen',
  'Dagtilbud', 'Skoleafdelingen', 'Psykiatri og Misbrug', 'Integration', 'Hjemmeplejen',
];

export const TITLES = [
  'Afdelingsleder', 'Teamleder', 'Centerchef', 'Konsulent', 'Specialkonsulent', 'Socialrådgiver', 'Sagsbehandler',
  'Sundhedsplejerske', 'Skoleleder', 'Pædagogisk leder', 'Virksomhedskonsulent', 'UU-vejleder', 'Klubleder',
  'Sygeplejerske', 'Ergoterapeut', 'Direktør', 'Områdeleder', 'Projektleder', 'Fysioterapeut', 'Psykolog',
];

export const NETWORK_GOALS = [
  'Flere unge i job og uddannelse', 'Tryg overgang fra sygehus til eget hjem', 'Tidlig hjælp til familier i krise',
  'Sammen mod ensomhed blandt ældre', 'Trivsel i udskolingen', 'Nyankomne familier godt på vej', 'Færre sygemeldte i plejen',
  'Et liv med demens i eget hjem', 'Stærke fællesskaber i boligområdet', 'Unge med angst tilbage i hverdagen',
  'Bedre hjælp til pårørende', 'Fra ledighed til fast job', 'Sund mad og bevægelse i daginstitutioner',
  'Færre unge i misbrug', 'Sammenhængende forløb for borgere med handicap', 'Grøn omstilling i hverdagen',
  'Frivillige som medspillere', 'Børn i udsatte boligområder', 'Rekruttering og fastholdelse i ældreplejen',
  'Digitale kompetencer for alle borgere', 'Fravær i folkeskolen', 'Seniorer i arbejde', 'Fælles indsats mod vold i nære relationer',
  'Psykisk sundhed på arbejdspladsen', 'Overgange fra dagtilbud til skole', 'Lokale løsninger i landdistrikterne',
];

export const TARGET_GROUPS = [
  'unge mellem 16 og 25 år', 'ældre borgere', 'børnefamilier', 'borgere med demens', 'nyankomne familier', 'sygemeldte medarbejdere',
  'pårørende', 'skoleelever', 'borgere i udsatte boligområder', 'borgere med handicap',
];

export const PLACES = [
  'Rådhuset, mødelokale 2', 'Rådhuset, kantinen', 'Ungdomsklubben Toppen', 'Sundhedshuset', 'Jobcentret, lokale 4',
  'Kulturhuset', 'Biblioteket, studierummet', 'Plejecenter Solgården', 'Familiehuset', 'Skolen ved Søen, personalerummet',
];

/** Sentence parts: a subject, what it does and what for; joined they make plain, varied Danish prose. */
export const SUBJECTS = [
  'Vi', 'Netværket', 'Gruppen', 'Deltagerne', 'Lederne i netværket', 'Medarbejderne tæt på borgerne', 'Jobcentret og skolerne',
  'Sundhedsplejen', 'Hjemmeplejen', 'De frivillige', 'Referencelederen', 'Co-driveren og jeg',
];

export const PREDICATES = [
  'har talt om', 'prøver nu', 'vil gerne undersøge', 'fik øje på', 'blev enige om', 'har svært ved', 'har fået styr på',
  'mangler stadig', 'skal finde en måde at løse', 'har lært meget af', 'blev overrasket over', 'vil tage hul på',
];

export const OBJECTS = [
  'hvordan borgerne oplever overgangene', 'en fælles indgang for familierne', 'at dele viden på tværs af afdelingerne',
  'de unges egne fortællinger', 'en enklere vej gennem systemet', 'tiden mellem møderne', 'at få ledelsen med',
  'den første samtale med borgeren', 'hvad der virker i praksis', 'en plan for afprøvningen', 'at måle effekten',
  'samarbejdet med de frivillige', 'hvem der gør hvad', 'forankringen i driften', 'de gode eksempler fra hverdagen',
  'en tydeligere rollefordeling', 'borgerens perspektiv', 'at holde fokus på målet', 'en ny mødeform', 'dokumentationen',
];

export const CLOSINGS = [
  'Det giver energi.', 'Det tager tid, men det rykker.', 'Her skal vi være modige.', 'Det vil jeg følge op på.',
  'Det var en øjenåbner.', 'Vi er ikke helt enige endnu.', 'Det kræver mere sparring.', 'Nu er der ejerskab.',
  'Det skal med til næste møde.', 'Jeg er spændt på fortsættelsen.',
];

export const ACTION_VERBS = [
  'Sende', 'Lave', 'Aftale', 'Undersøge', 'Samle', 'Skrive', 'Invitere til', 'Følge op på', 'Forberede', 'Tjekke',
];

export const ACTION_THINGS = [
  'mødeplan og kontaktliste', 'en interviewguide', 'et udkast til prototypen', 'møde med borgerrepræsentanterne',
  'erfaringer fra afprøvningen', 'status til referencelederen', 'tal for fremmødet', 'en oversigt over tilbuddene',
  'et oplæg til styregruppen', 'aftaler med lederne', 'materialer til workshoppen', 'næste måling',
];

export const TAGS = [
  'opstart', 'læring', 'facilitering', 'mod', 'sparring', 'borgerperspektiv', 'design', 'afprøvning', 'forankring',
  'konflikt', 'energi', 'ledelse', 'tid', 'effekt', 'relationer', 'frivillige', 'forventninger', 'kommunikation',
];

export const REFLECTION_TITLES = [
  'At holde pausen', 'Når rummet bliver stille', 'En god dag', 'Uenighed om retningen', 'Små skridt', 'Tillid tager tid',
  'Borgeren i centrum', 'At give slip', 'Min rolle som co-driver', 'Ny energi', 'Hvem ejer opgaven?', 'Et modigt forslag',
];
