export interface SharedCampaign {
  title: string;
  message: string;
  relayUrl: string;
}

export interface ShareLinks {
  whatsApp: string;
  sms: string;
  email: string;
  /** What the copy button and each app start with: the title, the message, then the link. */
  text: string;
}

/** The message as an ambassador passes it on: their link last, on a line of its own. */
export function relayText({ title, message, relayUrl }: SharedCampaign): string {
  return `${title.trim()}\n\n${message.trim()}\n\n${relayUrl}`;
}

/**
 * Links that open WhatsApp, the phone's messages and its mail app with the text written in.
 * Encoded with encodeURIComponent: `+` would stay a plus in a mailto body, and `&` must not end it.
 */
export function shareLinks(campaign: SharedCampaign): ShareLinks {
  const text = relayText(campaign);
  const encoded = encodeURIComponent(text);
  const body = encodeURIComponent(`${campaign.message.trim()}\n\n${campaign.relayUrl}`);
  return {
    text,
    whatsApp: `https://wa.me/?text=${encoded}`,
    // `sms:?&body=` is the form both iOS and Android read.
    sms: `sms:?&body=${encoded}`,
    email: `mailto:?subject=${encodeURIComponent(campaign.title.trim())}&body=${body}`,
  };
}
