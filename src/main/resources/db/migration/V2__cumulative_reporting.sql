-- Lines may be reported month by month (MONTHLY) or only as cumulative figures (CUMULATIVE, with an
-- optional stated cumulative plan).
alter table indicator_line add column reporting varchar(12) default 'MONTHLY' not null;
alter table indicator_line add column stated_cumulative_plan double precision;
