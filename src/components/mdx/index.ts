/** The components a chapter may use without importing them (see content/README.md). */
import Section from './Section.astro';
import Responsibility from './Responsibility.astro';
import InBrief from './InBrief.astro';
import Checklist from './Checklist.astro';
import ChangeNote from './ChangeNote.astro';
import Law from './Law.astro';
import Contact from './Contact.astro';
import ActorName from './ActorName.astro';
import Ref from './Ref.astro';
import ContactList from './ContactList.astro';
import GlossaryList from './GlossaryList.astro';
import LawList from './LawList.astro';
import ChangeLog from './ChangeLog.astro';
import Sources from './Sources.astro';
import SourceLink from './SourceLink.astro';
import Publisher from './Publisher.astro';
import AccessibilityStatus from './AccessibilityStatus.astro';

export const mdxComponents = {
  Section,
  Responsibility,
  InBrief,
  Checklist,
  ChangeNote,
  Law,
  Contact,
  Actor: ActorName,
  Ref,
  ContactList,
  GlossaryList,
  LawList,
  ChangeLog,
  Sources,
  SourceLink,
  Publisher,
  AccessibilityStatus,
};
