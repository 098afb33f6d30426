import type { PastedArticle } from './pasted-article';

/** English pasted articles (see pasted-article.ts for the marks). */
export const PASTED_EN: PastedArticle[] = [
  {
    name: 'breadcrumb glued to the title',
    language: 'en',
    title: 'Council approves plan for 400 new homes on former airfield',
    pasted: `✂ Skip to main content
✂ Sign in
⟦HomeNewsLocal⟧Council approves plan for 400 new homes on former airfield
By Sarah Jenkins
Published 4 March 2025
The scheme includes a primary school, a health centre and 35 per cent affordable housing.
Councillors voted seven to three in favour after a four-hour meeting.
Residents had raised concerns about traffic on the single access road, which the developer has agreed to widen.
✂ Share this article
✂ Read more: Airfield museum to move to new site`,
  },
  {
    name: 'breadcrumb with separators, title repeated',
    language: 'en',
    title: 'Inflation falls to 2.1% as energy prices ease',
    pasted: `✂ Home > Business > Economy > Inflation falls to 2.1% as energy prices ease
Inflation falls to 2.1% as energy prices ease
Consumer prices rose by 2.1% in the year to October, down from 2.6% in September, official figures show.
Petrol and household energy bills were the biggest downward pressures.
Economists said the figures made a rate cut next month more likely.
✂ Related
✂ Bank of England holds interest rates
✂ What does inflation mean for your savings?
✂ © 2025 The Daily Ledger. All rights reserved.`,
  },
  {
    name: 'correction form before the title',
    language: 'en',
    title: 'Hospital waiting lists fall for third month in a row',
    pasted: `✂ Spotted an error?
✂ Let us know by selecting the text and pressing submit.
✂ Step 1
✂ Select the paragraph with the mistake

Hospital waiting lists fall for third month in a row

The number of patients waiting for planned treatment fell by 54,000 in August, to 7.4 million.

Health officials credited extra weekend clinics, but warned that winter pressures could reverse the trend.

Waits of more than a year have almost halved since January.`,
  },
  {
    name: 'newsletter and cookie consent',
    language: 'en',
    title: "Scientists map the ocean floor under Antarctica's largest glacier",
    pasted: `✂ We use cookies to personalise content and ads. Manage your choices in cookie settings.
✂ Accept all
✂ Reject all
✂ Science
Scientists map the ocean floor under Antarctica's largest glacier
An underwater robot spent 27 hours beneath the ice shelf, sending back the first detailed images of the sea floor there.
The data show channels where warm water reaches the base of the glacier.
✂ Sign up for our science newsletter
✂ Get the latest discoveries in your inbox every week.
✂ Email address
✂ Subscribe
Researchers say the findings will improve forecasts of sea level rise.`,
  },
  {
    name: 'share buttons and reading time',
    language: 'en',
    title: 'Rail strike called off after last-minute pay deal',
    pasted: `✂ Menu
✂ UK
Rail strike called off after last-minute pay deal
✂ 3 min read
✂ Facebook | X | Email
Train drivers will receive a 4.5% pay rise this year and 4% next year under the agreement.
The union said its members would vote on the offer over the next two weeks.
Services on Friday will run as normal, operators confirmed.`,
  },
  {
    name: 'most read list and footer links',
    language: 'en',
    title: "City's oldest bookshop saved by crowdfunding campaign",
    pasted: `City's oldest bookshop saved by crowdfunding campaign

More than 3,000 people donated to keep the 130-year-old shop open.

The owners needed to raise £90,000 to buy the building from their landlord. They reached the target in nine days.

"We are overwhelmed," said the manager. "This shop belongs to the town."

✂ Most read
✂ Man rescued after night on mountain
✂ New bus routes start on Monday
✂ Weather: storm warning for the coast
✂ About us
✂ Contact us
✂ Privacy policy
✂ Terms of use`,
  },
  {
    name: 'advertisement markers',
    language: 'en',
    title: 'Electric car sales overtake diesel for the first time',
    pasted: `✂ Advertisement
Electric car sales overtake diesel for the first time
Battery-powered cars made up 21% of new registrations last month, against 19% for diesel.
✂ Story continues below advertisement
Manufacturers have cut prices on several models to meet government sales targets.
Charging networks say demand at motorway stations has doubled in a year.
✂ Advertisement`,
  },
  {
    name: 'clean text with a standfirst',
    language: 'en',
    title: 'Library extends opening hours during exam season',
    pasted: `Library extends opening hours during exam season

Students will be able to study until midnight from Monday.

The central library will open at 7am and close at midnight until the end of June.

Extra staff have been hired to cover the late shifts.`,
  },
  {
    name: 'comments and a gift-article button',
    language: 'en',
    title: 'Why the price of coffee keeps rising',
    pasted: `✂ Opinion
Why the price of coffee keeps rising
Droughts in Brazil and Vietnam have cut harvests two years running.
✂ Gift this article
✂ Save
Wholesale prices of arabica beans have risen by 70% since last summer.
Roasters say they can no longer absorb the increase, and supermarket prices are following.
✂ 48 comments
✂ Join the conversation`,
  },
  {
    name: 'read-also links inside the text',
    language: 'en',
    title: 'Flood defences completed two years late',
    pasted: `Flood defences completed two years late

The £38m scheme protects 1,200 homes along the river.

Work was delayed by the discovery of Roman remains on the site.

✂ Read more: Roman villa found under flood works

The Environment Agency said the new walls would cope with a once-in-a-century flood.

✂ See also: How to check your flood risk`,
  },
  {
    name: 'markdown with menu and copyright',
    language: 'en',
    title: 'Museum returns carved panels to Benin',
    pasted: `✂ - Home
✂ - World
✂ - Culture

# Museum returns carved panels to Benin

The museum has handed back six carved wooden panels taken in 1897.

A ceremony was held on Tuesday in Cotonou in the presence of the culture minister.

✂ Copyright © 2025 Heritage Weekly`,
  },
];
