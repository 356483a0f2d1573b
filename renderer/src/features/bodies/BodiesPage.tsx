/** Members & committees: Council and its committees, the councillors and the officials. */
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import GroupsIcon from '@mui/icons-material/Groups';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { departmentNameOf } from '@shared/domain/departments';
import { quorumRequired } from '@shared/domain/quorum';
import type { Body, Member } from '@shared/schemas';
import { BODY_KIND_LABELS } from '@shared/schemas/vocabulary';
import { EmptyState } from '../../ui/EmptyState';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { useDepartments, useSettingsArea } from '../settings/hooks';
import { BodyDialog } from './components/BodyDialog';
import { MemberDialog } from './components/MemberDialog';
import { UnmatchedOfficers } from './components/UnmatchedOfficers';
import { useBodies, useIndex, useMembers } from './hooks';
import { ReadOnlyNotice, useWriteRefusal } from '../../ui/access';

type TabKey = 'bodies' | 'councillors' | 'officials';

function chairOf(memberships: { memberId: string; role: string }[], members: Map<string, Member>): string {
  const chair = memberships.find((m) => m.role === 'chairperson');
  return chair ? (members.get(chair.memberId)?.fullName ?? 'Unknown member') : 'Not set';
}

export function BodiesPage() {
  const [tab, setTab] = useState<TabKey>('bodies');
  const bodies = useBodies();
  const members = useMembers();
  const memberIndex = useIndex(members);
  const departments = useDepartments();
  const departmentIndex = useIndex(departments);
  const { templates } = useSettingsArea('agendaTemplates');
  const [editingBody, setEditingBody] = useState<{ body: Body | null } | null>(null);
  const [editingMember, setEditingMember] = useState<{ member: Member | null } | null>(null);
  const addLabel = tab === 'bodies' ? 'Add body' : tab === 'councillors' ? 'Add councillor' : 'Add official';

  const refusal = useWriteRefusal('bodies', 'members');
  return (
    <>
      <PageHeader
        title="Members & committees"
        subtitle="Council, its committees, councillors and officials"
        actions={
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => (tab === 'bodies' ? setEditingBody({ body: null }) : setEditingMember({ member: null }))}
            disabled={refusal !== null}
          >
            {addLabel}
          </Button>
        }
      />
      <ReadOnlyNotice reason={refusal} />
      <Tabs value={tab} onChange={(_e, value: TabKey) => setTab(value)} aria-label="Members and committees" sx={{ mb: 2 }}>
        <Tab value="bodies" label="Council and committees" id="tab-bodies" aria-controls="panel-bodies" />
        <Tab value="councillors" label="Councillors" id="tab-councillors" aria-controls="panel-councillors" />
        <Tab value="officials" label="Officials" id="tab-officials" aria-controls="panel-officials" />
      </Tabs>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'bodies' ? (
          <LiveView live={bodies} label="Loading bodies…" shape="table">
            {(list) =>
              list.length === 0 ? (
                <EmptyState title="No council or committees yet" icon={<GroupsIcon />}>
                  Council and each of its committees are listed here with their members, chairperson and quorum.
                </EmptyState>
              ) : (
                <TableContainer component={Paper} variant="outlined">
                  <Table aria-label="Council and committees" size="small">
                    <TableHead>
                      <TableRow>
                        <TableCell>Name</TableCell>
                        <TableCell>Code</TableCell>
                        <TableCell>Kind</TableCell>
                        <TableCell>Chairperson</TableCell>
                        <TableCell align="right">Members</TableCell>
                        <TableCell align="right">Quorum</TableCell>
                        <TableCell>
                          <VisuallyHidden>Actions</VisuallyHidden>
                        </TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {list.map((body) => (
                        <TableRow key={body.id}>
                          <TableCell>{body.name}</TableCell>
                          <TableCell>{body.code}</TableCell>
                          <TableCell>{BODY_KIND_LABELS[body.kind]}</TableCell>
                          <TableCell>{chairOf(body.memberships, memberIndex)}</TableCell>
                          <TableCell align="right">{body.memberships.length}</TableCell>
                          <TableCell align="right">{quorumRequired(body)}</TableCell>
                          <TableCell>
                            <IconButton size="small" aria-label={`Edit ${body.name}`} disabled={refusal !== null} onClick={() => setEditingBody({ body })}>
                              <EditIcon fontSize="small" />
                            </IconButton>
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              )
            }
          </LiveView>
        ) : (
          <LiveView live={members} label="Loading members…" shape="table">
            {(list) => {
              const wanted = list.filter((m) => (tab === 'councillors' ? m.kind !== 'official' : m.kind === 'official'));
              const unmatched = tab === 'officials' ? <UnmatchedOfficers members={list} departments={departments.data ?? []} /> : null;
              if (wanted.length === 0) {
                return (
                  <>
                    {unmatched}
                    <EmptyState title={tab === 'councillors' ? 'No councillors yet' : 'No officials yet'} icon={<GroupsIcon />}>
                      {tab === 'councillors'
                        ? 'Councillors are listed here with their party and ward.'
                        : 'Officials who serve Council and its committees are listed here with their positions.'}
                    </EmptyState>
                  </>
                );
              }
              return (
                <>
                  {unmatched}
                  <TableContainer component={Paper} variant="outlined">
                    <Table aria-label={tab === 'councillors' ? 'Councillors' : 'Officials'} size="small">
                      <TableHead>
                        <TableRow>
                          <TableCell>Name</TableCell>
                          {tab === 'councillors' ? (
                            <>
                              <TableCell>Party</TableCell>
                              <TableCell>Seat</TableCell>
                            </>
                          ) : (
                            <>
                              <TableCell>Position</TableCell>
                              <TableCell>Department</TableCell>
                            </>
                          )}
                          <TableCell>
                            <VisuallyHidden>Actions</VisuallyHidden>
                          </TableCell>
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {wanted.map((m) => (
                          <TableRow key={m.id}>
                            <TableCell>{[m.title, m.fullName].filter(Boolean).join(' ')}</TableCell>
                            {tab === 'councillors' ? (
                              <>
                                <TableCell>{m.party ?? ''}</TableCell>
                                <TableCell>{m.seat === 'ward' ? `Ward ${m.ward ?? ''}` : 'Proportional representation'}</TableCell>
                              </>
                            ) : (
                              <>
                                <TableCell>{m.position ?? ''}</TableCell>
                                <TableCell>{departmentNameOf(departmentIndex, m.departmentId)}</TableCell>
                              </>
                            )}
                            <TableCell>
                              <IconButton
                                size="small"
                                aria-label={`Edit ${m.fullName}`}
                                disabled={refusal !== null}
                                onClick={() => setEditingMember({ member: m })}
                              >
                                <EditIcon fontSize="small" />
                              </IconButton>
                            </TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </TableContainer>
                </>
              );
            }}
          </LiveView>
        )}
      </div>
      {editingBody ? (
        <BodyDialog
          body={editingBody.body}
          members={members.data ?? []}
          departments={departments.data ?? []}
          templates={templates}
          onClose={() => setEditingBody(null)}
        />
      ) : null}
      {editingMember ? (
        <MemberDialog
          member={editingMember.member}
          kind={editingMember.member?.kind ?? (tab === 'officials' ? 'official' : 'councillor')}
          departments={departments.data ?? []}
          onClose={() => setEditingMember(null)}
        />
      ) : null}
    </>
  );
}
