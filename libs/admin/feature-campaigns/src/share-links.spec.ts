import { relayText, shareLinks } from './share-links';

const campaign = {
  title: ' Collecte & goûter ',
  message: 'Samedi 14 h, au centre social.\nApportez des jouets + des livres ?',
  relayUrl: 'https://relais.example.org/r/ABCDEFGH23',
};

describe('shareLinks', () => {
  it('writes the title, the message and the relay link on lines of their own', () => {
    expect(relayText(campaign)).toBe(
      'Collecte & goûter\n\nSamedi 14 h, au centre social.\nApportez des jouets + des livres ?\n\nhttps://relais.example.org/r/ABCDEFGH23',
    );
  });

  it('fills WhatsApp and SMS with the whole text, read back unchanged', () => {
    const links = shareLinks(campaign);
    expect(links.whatsApp.startsWith('https://wa.me/?text=')).toBe(true);
    expect(new URL(links.whatsApp).searchParams.get('text')).toBe(links.text);
    expect(links.sms.startsWith('sms:?&body=')).toBe(true);
    expect(decodeURIComponent(links.sms.slice('sms:?&body='.length))).toBe(links.text);
  });

  it('gives the e-mail a subject and a body, with & and + that end neither', () => {
    const { email } = shareLinks(campaign);
    expect(email.startsWith('mailto:?subject=')).toBe(true);
    const query = email.slice('mailto:?'.length);
    const parts = query.split('&');
    expect(parts).toHaveLength(2);
    expect(decodeURIComponent((parts[0] ?? '').replace(/^subject=/, ''))).toBe('Collecte & goûter');
    expect(decodeURIComponent((parts[1] ?? '').replace(/^body=/, ''))).toBe(
      'Samedi 14 h, au centre social.\nApportez des jouets + des livres ?\n\nhttps://relais.example.org/r/ABCDEFGH23',
    );
    expect(email).not.toContain('+');
  });
});
