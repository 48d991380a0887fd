// Words that carry no topic. French and English, folded (no accents). Question words are here too:
// intent routing reads them before they are dropped.
const LIST = `
a au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma mais
me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une
vos votre vous y ete etre avoir ai as avons avez ont avait avaient aurait auraient est sont etait etaient sera
seront serait seraient fut sont suis es sommes etes cela ca ceci celui celle ceux celles dont lequel laquelle
lesquels quel quelle quels quelles quoi quand comment pourquoi combien ou donc or ni car si tres plus moins
aussi bien encore deja tout tous toute toutes autre autres meme memes sans sous chez entre vers depuis pendant
apres avant lors selon alors ainsi comme puis cependant toutefois fait faire dit dire
doit doivent devait devaient devrait devraient peut peuvent pouvait pourrait pourraient va vont faut
the a an of to in on at by for with from and or but not is are was were be been being has have had do does did
this that these those it its he she they them his her their who whom whose what which when where why how
about into than then there here also just only very said say says tell told
qu' l' d' s' n' c' j' m'
`;

export const STOPWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
