import { Calendar } from '@fullcalendar/core';
import deLocale from '@fullcalendar/core/locales/de';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin from '@fullcalendar/interaction';

/*
 * <portal-calendar>: FullCalendar 6 for the Flow component FullCalendar.java.
 *
 * Light DOM on purpose: FullCalendar injects its CSS into the document head, which a shadow root
 * would not see. Times travel as wall-clock strings of the portal's zone (Europe/Berlin) without an
 * offset, and FullCalendar runs in UTC, so a browser in another zone still shows the Berlin times
 * and no daylight-saving gap of the browser's zone can shift them. Only "now" (today's cell, the
 * now indicator) is taken from the real clock, converted to the portal's zone.
 */

const VIEWS = { MONTH: 'dayGridMonth', WEEK: 'timeGridWeek', LIST: 'listMonth' };
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false };

function viewKey(type) {
  return Object.keys(VIEWS).find((key) => VIEWS[key] === type) || 'MONTH';
}

/** A date of FullCalendar's UTC mode as the wall-clock string it stands for. */
function wallClock(date, dateOnly) {
  if (!date) {
    return null;
  }
  const iso = date.toISOString();
  return dateOnly ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** The current wall-clock time in the given zone, e.g. "2026-11-24T14:05:00". */
function nowIn(zone) {
  const parts = {};
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date()).forEach((part) => { parts[part.type] = part.value; });
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

class PortalCalendar extends HTMLElement {

  constructor() {
    super();
    this._entries = [];
    this._options = {};
    this._view = 'MONTH';
    // until the server names a view, a narrow screen starts with the list: a month grid of 360 px
    // shrinks titles to fragments
    this._viewChosen = false;
    this._date = null;
    this._reverts = new Map();
  }

  set entries(value) {
    // the server sends the entries as one JSON text (less for it to keep than a list of objects)
    const entries = typeof value === 'string' ? JSON.parse(value) : value;
    this._entries = Array.isArray(entries) ? entries : [];
    // new entries from the server replace any move still waiting for an answer
    this._reverts.clear();
    if (this._calendar) {
      this._calendar.refetchEvents();
    }
  }

  get entries() {
    return this._entries;
  }

  set options(value) {
    this._options = value || {};
    if (this._calendar) {
      this._destroy();
      this._create();
    }
  }

  get options() {
    return this._options;
  }

  set view(value) {
    this._viewChosen = true;
    this._view = VIEWS[value] ? value : 'MONTH';
    if (this._calendar && this._calendar.view.type !== VIEWS[this._view]) {
      this._calendar.changeView(VIEWS[this._view]);
    }
  }

  get view() {
    return this._view;
  }

  set date(value) {
    this._date = value || null;
    if (this._calendar && this._date && !this._shows(this._date)) {
      this._calendar.gotoDate(this._date);
    }
  }

  get date() {
    return this._date;
  }

  connectedCallback() {
    // properties set by Flow before this element was defined shadow the accessors above
    ['entries', 'options', 'view', 'date'].forEach((name) => {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    });
    if (!this._calendar) {
      this._create();
    }
    // FullCalendar measures its grid once; without this it keeps a width of zero when laid out later
    this._resizeObserver = new ResizeObserver(() => this._calendar && this._calendar.updateSize());
    this._resizeObserver.observe(this);
  }

  disconnectedCallback() {
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
      this._resizeObserver = null;
    }
    this._destroy();
  }

  /** Undoes a move the server did not accept (the user cancelled, or it was not allowed). */
  revertDrop(id) {
    const revert = this._reverts.get(id);
    this._reverts.delete(id);
    if (revert) {
      revert();
    }
  }

  _initialView() {
    if (!this._viewChosen && window.matchMedia('(max-width: 600px)').matches) {
      return 'LIST';
    }
    return this._view;
  }

  _shows(date) {
    const view = this._calendar.view;
    return date >= wallClock(view.currentStart, true) && date < wallClock(view.currentEnd, true);
  }

  _create() {
    const options = this._options;
    const zone = options.timeZone || 'Europe/Berlin';
    this._calendar = new Calendar(this, {
      plugins: [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
      timeZone: 'UTC',
      now: () => nowIn(zone),
      locales: [deLocale],
      locale: options.locale || 'de',
      firstDay: 1,
      initialView: VIEWS[this._initialView()],
      initialDate: this._date || undefined,
      headerToolbar: { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' },
      buttonText: options.buttonText,
      viewHint: options.viewHint,
      noEventsText: options.noEventsText,
      allDayText: options.allDayText,
      eventTimeFormat: TIME_FORMAT,
      slotLabelFormat: TIME_FORMAT,
      slotMinTime: '06:00:00',
      slotMaxTime: '22:00:00',
      height: 'auto',
      // coloured blocks with their own text colour in every grid view, not dots in the page's colour
      eventDisplay: 'block',
      editable: Boolean(options.editable),
      eventDurationEditable: false,
      // a meeting with a time stays one, an all-day entry stays all-day
      eventAllow: (drop, event) => drop.allDay === event.allDay,
      events: (info, success) => success(this._entries),
      datesSet: (info) => {
        this._labelIconButtons();
        this._fire('portal-calendar-dates', {
          start: wallClock(info.start),
          end: wallClock(info.end),
          currentStart: wallClock(info.view.currentStart, true),
          view: viewKey(info.view.type),
        });
      },
      // FullCalendar names a month cell by its date alone (aria-labelledby the day number), so the
      // entries shown in it are missing from that name (WCAG 2.5.3 Label in Name): without it the
      // cell is named by its content, which starts with the day number's full date
      dayCellDidMount: (info) => info.el.removeAttribute('aria-labelledby'),
      eventClick: (info) => this._clicked(info),
      eventDrop: (info) => this._dropped(info),
      eventDidMount: (info) => {
        const label = info.event.extendedProps.description;
        if (label) {
          info.el.setAttribute('title', label);
        }
      },
    });
    this._calendar.render();
  }

  /**
   * FullCalendar's previous/next buttons show an icon with role="img" and no text, and name the
   * button only by its title: hide the icon from screen readers and name the button itself.
   */
  _labelIconButtons() {
    this.querySelectorAll('.fc-toolbar .fc-icon').forEach((icon) => {
      icon.setAttribute('aria-hidden', 'true');
      const button = icon.closest('button');
      if (button && button.title) {
        button.setAttribute('aria-label', button.title);
      }
    });
  }

  _destroy() {
    if (this._calendar) {
      this._calendar.destroy();
      this._calendar = null;
    }
  }

  _clicked(info) {
    const mouse = info.jsEvent;
    // let the browser open a linked entry in a new tab or window as usual
    if (mouse && (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button === 1)) {
      return;
    }
    if (mouse) {
      mouse.preventDefault();
    }
    this._fire('portal-calendar-click', { id: info.event.id });
  }

  _dropped(info) {
    const event = info.event;
    this._reverts.set(event.id, info.revert);
    this._fire('portal-calendar-drop', {
      id: event.id,
      start: wallClock(event.start, event.allDay),
      end: wallClock(event.end, event.allDay),
      allDay: event.allDay,
    });
  }

  _fire(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }
}

if (!customElements.get('portal-calendar')) {
  customElements.define('portal-calendar', PortalCalendar);
}
