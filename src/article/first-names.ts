// Common first names and their usual gender, so that "elle" finds Fiona Ferro rather than the man named before
// her. A lexicon of general French (and frequent foreign) usage, not of any article; a name missing here simply
// leaves the gender unknown, which agrees with any pronoun. Mixed names (Camille, Claude, Dominique) are left out.

const FEMININE = `
Ada Adèle Adeline Adrienne Agathe Agnès Aïcha Aline Alexandra Alexia Alice Aline Alix Amandine Amélie Anaïs
Anastasia Andrée Angela Angèle Angélique Anna Anne Annie Annick Anouk Antoinette Apolline Ariane Arlette Armelle
Audrey Aurélie Aurore Barbara Béatrice Bernadette Brigitte Capucine Carine Carla Carole Caroline Catherine Cécile
Céline Chantal Charlène Charlotte Chloé Christelle Christiane Christine Clara Claire Clarisse Claudine Clémence
Clotilde Colette Coralie Corinne Cynthia Danielle Delphine Denise Diane Dorothée Edith Édith Éléonore Elisa Élisa
Élisabeth Elisabeth Élise Elise Ella Elodie Élodie Éloïse Elsa Emilie Émilie Emma Emmanuelle Estelle Eva Ève Evelyne
Fabienne Fanny Fatima Fatou Florence Francine Françoise Frédérique Gabrielle Geneviève Georgette Géraldine
Ghislaine Gisèle Hélène Héloïse Henriette Hortense Inès Ingrid Irène Isabelle Jacqueline Jade Jeanne Jennifer
Jessica Joëlle Josiane Joséphine Judith Julia Julie Juliette Justine Karine Katia Laetitia Laëtitia Laura Laure
Laurence Léa Leila Leïla Léna Léonie Liliane Lina Line Lisa Lise Louise Luce Lucie Lucille Lydie Madeleine Maëlle
Magali Malika Manon Marceline Margaux Marguerite Maria Marianne Marie Marina Marine Marion Marjorie Marlène Marthe
Martine Mathilde Maud Maude Mélanie Mélissa Michèle Micheline Mireille Monique Muriel Myriam Nadia Nadine Nathalie
Nelly Nicole Noémie Océane Odette Odile Olga Olivia Ophélie Pascale Patricia Paule Pauline Perrine Rachel Rachida
Raphaëlle Rebecca Régine Renée Rose Rosine Roxane Sabine Sabrina Salomé Samia Sandra Sandrine Sarah Ségolène
Séverine Simone Solange Solène Sonia Sophie Stéphanie Suzanne Sylvie Tatiana Thérèse Valentine Valérie Vanessa
Véronique Victoire Victoria Virginie Viviane Yasmina Yolande Yvette Yvonne Zoé Fiona Kamala Ursula Angela Greta
Giorgia Jacinda Theresa Hillary Nancy Marine Rachida Najat Agnès Élisabeth Aurore Olivia Ségolène Anne-Marie
Marie-Christine Marie-France Marie-Pierre Marie-Claude Marie-Hélène Marie-Laure Marie-Noëlle Anne-Sophie
`;

const MASCULINE = `
Abdel Abdelkader Adam Adrien Ahmed Alain Alban Albert Alexandre Alexis Alfred Ali Alphonse Amaury Ambroise
André Antoine Antonin Armand Arnaud Arthur Augustin Aurélien Axel Baptiste Barthélemy Basile Benjamin Benoît
Bernard Bertrand Bruno Cédric Charles Christian Christophe Clément Constantin Corentin Cyril Cyrille Damien Daniel
David Denis Didier Dimitri Donald Édouard Edouard Emmanuel Éric Eric Étienne Etienne Eugène Fabien Fabrice Félix
Ferdinand Florent Florian Francis Franck François Frédéric Gabriel Gaël Gaëtan Gaspard Gauthier Georges Gérald
Gérard Germain Gilbert Gilles Grégoire Grégory Guillaume Gustave Guy Hamid Henri Hervé Hubert Hugo Hugues Ibrahim
Jacques Jason Jean Jérémie Jérémy Jérôme Joachim Joël Jonathan Jordan Joseph Julien Jules Justin Karim Kevin
Kévin Laurent Léo Léon Léonard Lionel Loïc Louis Luc Lucas Lucien Ludovic Manuel Marc Marcel Martin Mathieu
Mathias Matthieu Maurice Maxime Mehdi Michel Mickaël Mohamed Nabil Nathan Nicolas Noël Norbert Octave Olivier
Oscar Pascal Patrice Patrick Paul Philippe Pierre Quentin Rachid Rafael Raphaël Raymond Régis Rémi Rémy Renaud
René Richard Robert Robin Rodolphe Roger Roland Romain Samuel Sébastien Serge Simon Stéphane Sylvain Théo Théodore
Thibault Thibaut Thierry Thomas Timothée Tristan Valentin Valéry Victor Vincent Vladimir Xavier Yann Yannick Yves
Yvon Zinedine Joe Joseph Barack Emmanuel Olaf Boris Recep Xi Narendra Volodymyr Sergueï Sergei Dmitri Antony
Anthony Anthonin Rafael Rafaël Ousmane Kylian Karim Didier Zlatan Lionel Neymar Jean-Baptiste Jean-Claude
Jean-François Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Paul Jean-Pierre Jean-Louis Jean-Jacques
Jean-Yves Jean-Noël Pierre-Yves Pierre-Henri Marc-Antoine Paul-Henri Benyamin Benjamin Mouammar Ziad Rafael
`;

function table(list: string, gender: 'm' | 'f'): Array<[string, 'm' | 'f']> {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => [n.toLowerCase(), gender]);
}

const GENDERS: ReadonlyMap<string, 'm' | 'f'> = new Map([...table(FEMININE, 'f'), ...table(MASCULINE, 'm')]);

/** "Fiona" -> f, "Jean-Marie" -> m, "Marie-Christine" -> f; null when unknown or mixed. */
export function firstNameGender(firstName: string): 'm' | 'f' | null {
  const lower = firstName.toLowerCase();
  return GENDERS.get(lower) ?? GENDERS.get(lower.split('-')[0]!) ?? null;
}
