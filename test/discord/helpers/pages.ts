// French test pages written for these tests (fictional places and people), served from 127.0.0.1 with the failures
// a link can have: 404, 500, a redirect loop, an image, a page with no article body, a page too big, a gzip bomb.
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const page = (o: { title: string; date: string; author: string; paragraphs: string[] }) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${o.title} — La Gazette du Lauzac</title>
<meta property="og:title" content="${o.title}">
<meta property="og:site_name" content="La Gazette du Lauzac">
<meta name="author" content="${o.author}">
<meta property="article:published_time" content="${o.date}T08:00:00+01:00">
</head><body>
<header><nav><a href="/">Accueil</a> <a href="/region">Région</a> <a href="/sports">Sports</a></nav></header>
<main><article>
<h1>${o.title}</h1>
<p class="byline">Par ${o.author}</p>
${o.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<footer><p>© La Gazette du Lauzac</p></footer>
</body></html>`;

export const PORT_PAGE = {
  title: 'À Saint-Brévin-sur-Lauzac, le port de pêche va être agrandi',
  date: '2026-03-12',
  author: 'Odile Marchais',
  paragraphs: [
    'Le conseil municipal de Saint-Brévin-sur-Lauzac a voté mardi soir l’agrandissement du port de pêche, un chantier estimé à quatre millions d’euros qui doit commencer au printemps.',
    '« Sans ce nouveau quai, nos chalutiers partiront vers d’autres ports », a déclaré le maire, Gaspard Le Hénaff, devant une salle comble.',
    'La présidente de la coopérative des pêcheurs, Maëlle Kerbrat, a estimé que le projet arrivait « avec dix ans de retard » mais qu’il restait indispensable pour les jeunes patrons.',
    'Selon l’association Lauzac Nature, les travaux menacent une zone de frayère. Son porte-parole, Yves Ropars, a annoncé mercredi un recours devant le tribunal administratif.',
    'Le maire a assuré qu’une étude d’impact serait publiée avant l’été et que les premiers bateaux pourraient accoster au nouveau quai en 2028.',
  ],
};

export const SCHOOL_PAGE = {
  title: 'Le collège des Tilleuls ouvrira une classe de breton',
  date: '2026-05-04',
  author: 'Ronan Guillerm',
  paragraphs: [
    'Le collège des Tilleuls, à Pontcallec-la-Forêt, ouvrira à la rentrée une classe bilingue en breton, a annoncé lundi la principale de l’établissement, Anne-Sophie Le Bris.',
    '« Nous avons reçu quarante demandes de familles en trois semaines, bien plus que ce que nous espérions », a-t-elle expliqué lors d’une réunion avec les parents.',
    'Le recteur, Thierry Vasselin, a confirmé vendredi que deux postes d’enseignants seraient créés pour accompagner cette ouverture.',
    'Pour le maire de la commune, Hervé Caradec, cette classe « rendra le village plus attractif pour les jeunes familles ». Il a promis de financer le transport scolaire des élèves des communes voisines.',
  ],
};

export const HTML = {
  port: page(PORT_PAGE),
  school: page(SCHOOL_PAGE),
  /** A home page: headlines and links, no article. */
  listing: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Accueil</title></head><body>
<ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/a${i}">Titre numéro ${i}</a></li>`).join('')}</ul></body></html>`,
};

/** The same port article as a plain-text file (what a user would attach). */
export const PORT_TEXT = `${PORT_PAGE.title}\n\n${PORT_PAGE.paragraphs.join('\n\n')}\n`;
export const SCHOOL_TEXT = `${SCHOOL_PAGE.title}\n\n${SCHOOL_PAGE.paragraphs.join('\n\n')}\n`;

export interface PageServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** 20 MB of spaces inside a page, gzipped to about 20 KB. */
const BOMB = gzipSync(Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(20 * 1024 * 1024, 32)]));

export async function startPageServer(): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const html = (body: string) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    if (path === '/port.html') return html(HTML.port);
    if (path === '/ecole.html') return html(HTML.school);
    if (path === '/accueil.html') return html(HTML.listing);
    if (path === '/erreur-500') return res.writeHead(500).end('oops');
    if (path === '/enorme.html')
      return html(
        `<html><body><article><p>${'Un très long article. '.repeat(150_000)}</p></article></body></html>`,
      );
    if (path === '/bombe.html')
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
        .end(BOMB);
    if (path === '/boucle') return res.writeHead(302, { location: '/boucle' }).end();
    if (path === '/image.png')
      return res
        .writeHead(200, { 'content-type': 'image/png' })
        .end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Introuvable</h1>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
