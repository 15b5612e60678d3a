/**
 * Test briefings and gateway event builders for the Discord tests. The articles are written for
 * these tests; the oversized one is generated to break every Discord limit at once.
 */
import { stringify } from 'yaml';
import type { Library } from '../../src/briefing/library.ts';
import { libraryOf } from './briefings.ts';
import { botUser, humanUser, IDS, nextId } from './discord-fake.ts';

/** A curated briefing about a council land deal; `swap` is one of its aliases. */
export const DEPOT_SWAP = `---
slug: rivermouth-depot-land-swap
aliases: [swap, depot swap]
headline: Rivermouth council and Halden Rail agree depot land swap
source: { name: Estuary Courier, url: "https://example.org/depot-swap", published: 2026-04-14 }
actors:
  - name: Inés Castaño Vidal
    aliases: [Castaño, the economist]
    kind: person
    role: transport economist at the Morrow Institute
  - name: Piet Vanderhoeven
    aliases: [Vanderhoeven]
    kind: person
    role: leader of Rivermouth City Council
  - name: Halden Rail
    kind: org
    role: operator of the Rivermouth freight depot
quotes:
  - speaker: Inés Castaño Vidal
    text: The council is trading a working depot for a promise of housing, and nobody has published the valuation.
questions:
  - text: What is the depot land worth?
    why: Neither side has published a valuation.
  - text: Were residents consulted?
claims:
  - text: Halden Rail will receive the eastern marsh plot in exchange.
    sourcing: unnamed
    source: officials familiar with the deal
---
Rivermouth City Council and Halden Rail agreed on Tuesday to swap the freight depot by the river for a plot on the eastern marsh, council leader Piet Vanderhoeven announced.

Officials familiar with the deal said Halden Rail will receive the eastern marsh plot in exchange.

“The council is trading a working depot for a promise of housing, and nobody has published the valuation,” said Inés Castaño Vidal, a transport economist at the Morrow Institute.

Neither side has published a valuation.
`;

const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i % 7 === 0 ? ',' : ''}`).join(' ');

/** A briefing far beyond Discord's limits: long headline, summary, roles, many actors, questions and quotes. */
export function oversizedBriefing(): string {
  const front = {
    slug: 'overflowing-inquiry',
    aliases: ['overflow'],
    headline: `Inquiry ${words(80, 'hearing')}`,
    summary: `The inquiry ${words(900, 'testimony')} @everyone <@123456789012345678>`,
    actors: Array.from({ length: 40 }, (_, i) => ({ name: `Witness Number${String.fromCharCode(65 + (i % 26))}${i}`, kind: 'person', role: `witness ${words(120, 'statement')}` })),
    quotes: Array.from({ length: 12 }, (_, i) => ({ speaker: `Witness Number${String.fromCharCode(65 + (i % 26))}${i}`, text: `@here ${words(300, 'said')}` })),
    questions: Array.from({ length: 30 }, () => ({ text: `Why ${words(60, 'unclear')}?`, why: words(60, 'because') })),
    claims: Array.from({ length: 30 }, () => ({ text: `Claim ${words(60, 'reported')}`, sourcing: 'unnamed', source: 'people close to the inquiry' })),
  };
  return `---\n${stringify(front, { lineWidth: 0 })}---\nThe inquiry heard evidence for a third week on Monday.\n\nWitnesses described the events in detail.\n`;
}


/** The Discord test library: the depot swap, plus the oversized briefing when asked. */
export function discordLibrary(withOversized = true): Promise<Library> {
  return libraryOf({ 'briefings/rivermouth-depot-land-swap.md': DEPOT_SWAP, ...(withOversized ? { 'briefings/overflowing-inquiry.md': oversizedBriefing() } : {}) });
}

const member = () => ({ user: humanUser(), roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, permissions: '2248473465835073' });

function interactionBase(type: number) {
  return {
    id: nextId(),
    application_id: IDS.application,
    type,
    token: `interaction-token-${nextId()}`,
    version: 1,
    guild_id: IDS.guild,
    channel_id: IDS.channel,
    channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'desk' },
    member: member(),
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': IDS.guild },
    context: 0,
    attachment_size_limit: 8_388_608,
  };
}

/** INTERACTION_CREATE for `/brief query:<query>`. */
export function commandInteraction(query: string) {
  return { ...interactionBase(2), data: { id: IDS.command, name: 'brief', type: 1, options: [{ type: 3, name: 'query', value: query }] } };
}

/** INTERACTION_CREATE for autocomplete of `query` while typing `typed`. */
export function autocompleteInteraction(typed: string) {
  return { ...interactionBase(4), data: { id: IDS.command, name: 'brief', type: 1, options: [{ type: 3, name: 'query', value: typed, focused: true }] } };
}

/** INTERACTION_CREATE for a press of button `customId` on `message`. */
export function buttonInteraction(customId: string, message: Record<string, unknown>) {
  return { ...interactionBase(3), message, data: { custom_id: customId, component_type: 2 } };
}

/** MESSAGE_CREATE in the guild channel, mentioning the bot when `mention` is set. */
export function guildMessage(content: string, mention: boolean) {
  return {
    id: nextId(),
    type: 0,
    channel_id: IDS.channel,
    guild_id: IDS.guild,
    author: humanUser(),
    member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
    content: mention ? `<@${IDS.bot}> ${content}` : content,
    mentions: mention ? [botUser()] : [],
    mention_roles: [],
    mention_everyone: false,
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    tts: false,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    flags: 0,
  };
}

/** MESSAGE_CREATE in a DM channel the client has never seen. */
export function directMessage(content: string, channelId: string) {
  const { guild_id: _guild, member: _member, mentions: _mentions, ...rest } = guildMessage(content, false);
  return { ...rest, channel_id: channelId, channel_type: 1, mentions: [] };
}
