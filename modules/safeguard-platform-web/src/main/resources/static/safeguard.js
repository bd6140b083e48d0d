// Loaded as a module, so only browsers GOV.UK Frontend supports run it; CSP forbids the usual inline snippet.
import { initAll } from '/assets/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
