/**
 * Short articles written for these tests, in news style. People and organisations are invented;
 * countries are real so the gazetteer is exercised.
 */

/** Roles from titles and appositives, coreference, a split quotation, open questions and sourcing. */
export const DAM_DEAL = `Portugal's Prime Minister Helena Marques and Environment Minister Tomás Brandão met engineers on Tuesday to discuss the future of the Alcova dam, a project that has divided the region.

Marques said the government would "listen before it builds". Ms. Marques did not say when a final decision would be made.

"We have waited eleven years for this," said Rui Fontoura, a hydrologist at the University of Lisbon who has studied the river for two decades. "Another delay would be a failure of nerve."

The terms of the financing remain undisclosed, and sources familiar with the negotiations said a Spanish bank had been approached. Officials who asked not to be named said the cost could double.

Brandão told reporters: "The river does not wait for committees."

The minister declined to say whether the project would go to a public vote.

Whether the dam is built by the state or by a private consortium remains to be seen.`;

/** Quote patterns: according to, colon, multi-paragraph British style, organisation and unnamed speakers, curly single quotes. */
export const PORT_STRIKE = `Dockworkers at the port of Valmara walked out on Monday, according to the Harbour Workers Union.

The union's general secretary, Idris Calloway, addressed the crowd outside the gates. He said: ‘We are not asking for favours.

‘We are asking for what was promised in writing, and we won’t go back until it’s honoured.’

The Valmara Port Authority said the strike was "regrettable but avoidable".

"Nobody wants the ships to rot at anchor," a senior port official said.

According to Calloway, 2,000 workers have joined the action.

The port's owners did not respond to requests for comment.`;

/** Forecasts and hedges only: no open questions. */
export const RATE_FORECAST = `The central bank is expected to raise interest rates next month, economists say.

Inflation could ease by the summer if energy prices keep falling, said Marta Okonjo, chief economist at Delacroix Capital.

"Rates may rise twice more this year," Okonjo said. "There is no guarantee our forecasts will prove accurate."

Retail sales rose 2 per cent in the third quarter.`;

/** A question the article asks outright, and an "unclear" statement. */
export const STORM_RECOVERY = `Three days after the storm, power has returned to most of the coastal towns.

How many homes were destroyed? The county has not yet given a figure, and it is unclear when the main bridge will reopen.

Governor Lena Arvidsson visited the shelters on Thursday.`;
