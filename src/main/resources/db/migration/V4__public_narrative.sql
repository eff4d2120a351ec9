-- Whether the unit marked a line's words (result, problems, remedies) for the public website.
alter table indicator_line add column narrative_public boolean default false not null;
