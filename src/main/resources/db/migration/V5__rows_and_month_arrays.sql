-- A line keeps its row; the column of each field is kept once per submission (a table's columns are
-- the same for all its lines). Cells off that pattern, and every cell of lines stored before, stay
-- named in "cells". The twelve months of a series are an array on the line (index 1 = ต.ค.) rather
-- than a row per month, and long texts live in the row: H2 stores CLOBs apart from it, slowly.
alter table submission add column line_columns varchar;
alter table submission add column budget_columns varchar;

alter table indicator_line add column row_number int;
alter table indicator_line add column plan double precision array;
alter table indicator_line add column result double precision array;
update indicator_line l set
  plan = array[(select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 1), (select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 2), (select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 3), (select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 4), (select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 5), (select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 6), (select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 7), (select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 8), (select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 9), (select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 10), (select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 11), (select m.plan from line_month m where m.line_id = l.id and m.fiscal_month = 12)],
  result = array[(select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 1), (select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 2), (select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 3), (select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 4), (select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 5), (select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 6), (select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 7), (select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 8), (select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 9), (select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 10), (select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 11), (select m.result from line_month m where m.line_id = l.id and m.fiscal_month = 12)];
drop table line_month;
alter table indicator_line alter column cells drop not null;
alter table indicator_line alter column cells set data type varchar;
alter table indicator_line alter column narrative_result set data type varchar;
alter table indicator_line alter column narrative_problems set data type varchar;
alter table indicator_line alter column narrative_remedies set data type varchar;

alter table budget_line add column row_number int;
alter table budget_line add column plan double precision array;
alter table budget_line add column disbursed double precision array;
update budget_line l set
  plan = array[(select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 1), (select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 2), (select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 3), (select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 4), (select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 5), (select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 6), (select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 7), (select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 8), (select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 9), (select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 10), (select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 11), (select m.plan from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 12)],
  disbursed = array[(select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 1), (select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 2), (select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 3), (select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 4), (select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 5), (select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 6), (select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 7), (select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 8), (select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 9), (select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 10), (select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 11), (select m.disbursed from budget_month m where m.budget_line_id = l.id and m.fiscal_month = 12)];
drop table budget_month;
alter table budget_line alter column cells drop not null;
alter table budget_line alter column cells set data type varchar;
